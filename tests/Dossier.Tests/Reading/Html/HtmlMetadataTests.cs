namespace Dossier.Tests.Reading.Html;

/// <summary>Title, authors, dates, site, canonical URL and language from JSON-LD, meta tags, markup and the URL.</summary>
public class HtmlMetadataTests
{
    private const string JsonLd = """
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "The Harbour Times"},
          {"@type": "NewsArticle", "headline": "Council agrees to rebuild the harbour bridge",
           "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
           "datePublished": "2021-11-08T10:30:00+01:00", "dateModified": "2021-11-09T08:00:00+01:00",
           "publisher": {"@type": "Organization", "name": "Harbour Times Ltd"}}
        ]}
        </script>
        """;

    [Fact]
    public void Json_ld_gives_headline_authors_and_dates()
    {
        var metadata = HtmlPages.Read(HtmlPages.NewsPage(JsonLd)).Metadata;
        Assert.Equal("Council agrees to rebuild the harbour bridge", metadata.Title);
        Assert.Equal(["Jane Doe", "John Roe"], metadata.Authors);
        Assert.Equal(new DateTimeOffset(2021, 11, 8, 10, 30, 0, TimeSpan.FromHours(1)), metadata.Published);
        Assert.Equal(new DateTimeOffset(2021, 11, 9, 8, 0, 0, TimeSpan.FromHours(1)), metadata.Updated);
    }

    [Fact]
    public void Without_structured_data_the_markup_and_the_url_are_used()
    {
        var metadata = HtmlPages.Read(HtmlPages.NewsPage()).Metadata;
        Assert.Equal("Council votes to rebuild bridge", metadata.Title);
        Assert.Equal(["Jane Doe", "John Roe"], metadata.Authors);
        Assert.Equal(new DateTimeOffset(2021, 11, 8, 0, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal("https://example.com/2021/11/08/bridge", metadata.Url);
        Assert.Equal("The Harbour Times", metadata.Site);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("html", metadata.Format);
        Assert.Equal("utf-8", metadata.Encoding);
    }

    [Fact]
    public void A_date_in_a_comment_section_is_never_the_publication_date()
    {
        var page = HtmlPages.NewsPage().Replace("<h2>3 comments</h2>", "<h2>3 comments</h2><time datetime=\"2023-01-01\">1 January 2023</time>", StringComparison.Ordinal)
            .Replace("https://example.com/2021/11/08/bridge", "https://example.com/bridge", StringComparison.Ordinal);
        Assert.Null(HtmlPages.Read(page).Metadata.Published);
    }

    [Fact]
    public void Og_title_wins_over_the_title_element_and_loses_the_site_name()
    {
        var metadata = HtmlPages.Read(HtmlPages.NewsPage("<meta property=\"og:title\" content=\"Bridge to be rebuilt | The Harbour Times\">")).Metadata;
        Assert.Equal("Bridge to be rebuilt", metadata.Title);
    }
}
