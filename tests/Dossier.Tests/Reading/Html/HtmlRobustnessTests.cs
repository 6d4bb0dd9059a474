using System.Text;
using Dossier.Reading;
using Dossier.Reading.Html;

namespace Dossier.Tests.Reading.Html;

/// <summary>Pages without an article and bytes that are not a page: a clear reason, never an exception.</summary>
public class HtmlRobustnessTests
{
    [Fact]
    public void A_page_of_links_gives_an_empty_body_and_a_reason()
    {
        var result = HtmlPages.Result("<html><head><title>Home</title></head><body><nav><a href=/a>News</a> <a href=/b>Sport</a> <a href=/c>Weather</a></nav></body></html>");
        Assert.NotNull(result.Document);
        Assert.Equal("", result.Document!.Text);
        Assert.Equal("Home", result.Document.Metadata.Title);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("DSR0130", warning.Code);
        Assert.Contains("no paragraph of prose", warning.Message, StringComparison.Ordinal);
        Assert.Empty(result.Document.Paragraphs.All());
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(42);
        for (int i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            var result = HtmlReader.FromBytes("noise.html", bytes, Dossier.Model.DocumentMetadata.Empty);
            Assert.True(result.Document is not null || result.Error is not null);
        }
    }

    [Fact]
    public void Broken_markup_is_read()
    {
        var result = HtmlPages.Result("<html><body><div><p>An unclosed paragraph that still tells a story about the harbour bridge and the council vote on Tuesday.<div><span>&bogus; &#xFFFFFF; &amp</div></table></b><!-- unterminated");
        Assert.Contains("An unclosed paragraph", result.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 3_000; i++) html.Append("<div>");
        html.Append("<p>Deep text about the harbour bridge, the council and the vote that ended a long debate.</p></body></html>");
        var result = HtmlPages.Result(html.ToString());
        Assert.True(result.Document is not null || result.Error is not null);
    }

    [Fact]
    public void Html_is_recognised_by_its_first_bytes()
    {
        Assert.True(HtmlReader.LooksLikeHtml("\uFEFF  <!DOCTYPE html><html>"u8.ToArray()));
        Assert.True(HtmlReader.LooksLikeHtml("<!-- saved page -->\n<HTML lang=en>"u8));
        Assert.False(HtmlReader.LooksLikeHtml("Plain text that mentions <html> later"u8));
    }

    [Fact]
    public void A_gzipped_page_is_read_through_the_article_reader()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dossier-html-{Guid.NewGuid():N}.html.gz");
        try
        {
            using (var file = File.Create(path))
            using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
                gzip.Write(Encoding.UTF8.GetBytes(HtmlPages.NewsPage()));
            var result = new ArticleReader(ReaderOptions.Default).Read([path]).Single();
            Assert.Equal("html", result.Document!.Metadata.Format);
            Assert.StartsWith(HtmlPages.Lead, result.Document.Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
