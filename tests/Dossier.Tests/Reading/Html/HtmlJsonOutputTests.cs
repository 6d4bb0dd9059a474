using System.Text.Json;
using Dossier.Output;

namespace Dossier.Tests.Reading.Html;

/// <summary>What a web page's metadata and left-out blocks look like in the JSON output (docs/json-schema.md).</summary>
public class HtmlJsonOutputTests
{
    private const string JsonLd = """
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes to rebuild bridge",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
         "datePublished": "2021-11-08T10:30:00+01:00", "dateModified": "2021-11-09T08:00:00+01:00"}
        </script>
        """;

    private static readonly string Page = HtmlPages.NewsPage(JsonLd);

    private static JsonElement Json()
    {
        var document = HtmlPages.Read(Page);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, DocumentJsonWriter.Options(indented: false)))
            DocumentJsonWriter.Write(json, document);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Metadata_holds_title_authors_dates_site_canonical_url_and_language()
    {
        var metadata = Json().GetProperty("metadata");
        Assert.Equal("Council votes to rebuild bridge", metadata.GetProperty("title").GetString());
        Assert.Equal(["Jane Doe", "John Roe"], metadata.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2021-11-08T10:30:00.0000000+01:00", metadata.GetProperty("published").GetString());
        Assert.Equal("2021-11-09T08:00:00.0000000+01:00", metadata.GetProperty("updated").GetString());
        Assert.Equal("The Harbour Times", metadata.GetProperty("site").GetString());
        Assert.Equal("https://example.com/2021/11/08/bridge", metadata.GetProperty("url").GetString());
        Assert.Equal("en", metadata.GetProperty("language").GetString());
        Assert.Equal("html", metadata.GetProperty("format").GetString());
    }

    [Fact]
    public void The_caption_is_a_removed_block_whose_source_span_is_its_text_in_the_page()
    {
        var caption = Json().GetProperty("removed").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "photoCaption");
        Assert.Equal(HtmlPages.Caption, caption.GetProperty("text").GetString());
        int start = caption.GetProperty("sourceStart").GetInt32(), end = caption.GetProperty("sourceEnd").GetInt32();
        Assert.Equal(HtmlPages.Caption, Page[start..end]);
    }

    [Fact]
    public void The_body_holds_neither_title_nor_caption()
    {
        string text = Json().GetProperty("text").GetString()!;
        Assert.StartsWith(HtmlPages.Lead, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Council votes to rebuild bridge", text, StringComparison.Ordinal);
        Assert.DoesNotContain(HtmlPages.Caption, text, StringComparison.Ordinal);
    }
}
