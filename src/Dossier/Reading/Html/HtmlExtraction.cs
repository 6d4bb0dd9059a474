using Dossier.Model;

namespace Dossier.Reading.Html;

/// <summary>The outcome of reading a page: the document (its body empty when the page holds no article) and, then, why.</summary>
internal sealed record HtmlExtraction(Document Document, string? NoArticleReason)
{
    public static HtmlExtraction NoArticle(string html, DocumentMetadata metadata, string reason) =>
        new(new CleanTextBuilder().Build(metadata), reason);
}
