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
    public void Json_ld_gives_authors_and_dates()
    {
        var metadata = HtmlPages.Read(HtmlPages.NewsPage(JsonLd)).Metadata;
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
    public void A_date_in_a_script_is_never_the_publication_date()
    {
        var page = HtmlPages.NewsPage("<script>var analytics = {\"published\": \"2023-01-01\"};</script>")
            .Replace("https://example.com/2021/11/08/bridge", "https://example.com/bridge", StringComparison.Ordinal)
            .Replace("<p class=\"byline\">", "<script>document.write('<time datetime=\"2023-01-01\">1 January 2023</time>');</script><p class=\"byline\">", StringComparison.Ordinal);
        Assert.Null(HtmlPages.Read(page).Metadata.Published);
    }

    [Fact]
    public void The_heading_the_page_shows_is_the_title_when_the_title_element_confirms_it()
    {
        var metadata = HtmlPages.Read(HtmlPages.NewsPage("<meta property=\"og:title\" content=\"Bridge to be rebuilt | The Harbour Times\">")).Metadata;
        Assert.Equal("Council votes to rebuild bridge", metadata.Title);
    }

    [Fact]
    public void Without_a_confirmed_heading_the_declared_title_loses_site_name_and_date()
    {
        var page = HtmlPages.NewsPage("<meta property=\"og:title\" content=\"Bridge to be rebuilt | The Harbour Times | 08.11.2021\">")
            .Replace("<h1>Council votes to rebuild bridge</h1>", "", StringComparison.Ordinal);
        Assert.Equal("Bridge to be rebuilt", HtmlPages.Read(page).Metadata.Title);
    }

    [Fact]
    public void The_printed_date_line_dates_an_article_without_metadata()
    {
        var page = HtmlPages.NewsPage().Replace("https://example.com/2021/11/08/bridge", "https://example.com/bridge", StringComparison.Ordinal)
            .Replace("<p class=\"byline\">By Jane Doe and John Roe</p>", "<p class=\"byline\">By Jane Doe and John Roe</p><p>Harbourtown, 7 November 2021</p>", StringComparison.Ordinal);
        var document = HtmlPages.Read(page);
        Assert.Equal(new DateTimeOffset(2021, 11, 7, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published);
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("Posted on September 21, 2020 by Adi Tzlil", "Adi Tzlil")]
    [InlineData("Von Henry · 31. Oktober 2023", "Henry")]
    [InlineData("Post author By Helge Fahrnberger", "Helge Fahrnberger")]
    [InlineData("Publiziert am", "")]
    public void Bylines_give_author_names(string byline, string names)
    {
        Assert.Equal(names.Length == 0 ? [] : names.Split('|'), Dossier.Reading.Html.Bylines.Authors(byline));
    }

    [Theory]
    [InlineData("08.11.2021", "2021-11-08")]
    [InlineData("Berlin, 8. November 2021, 10:30 Uhr", "2021-11-08")]
    [InlineData("Publicado el 8 de noviembre de 2021", "2021-11-08")]
    [InlineData("Updated Nov. 8, 2021", "2021-11-08")]
    [InlineData("12/31/2021", "2021-12-31")]
    public void Printed_date_lines_are_read_in_several_languages(string line, string expected)
    {
        Assert.True(Dossier.Reading.Html.TextDates.TryParse(line, out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
