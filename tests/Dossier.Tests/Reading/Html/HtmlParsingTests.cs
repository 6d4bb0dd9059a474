using Dossier.Reading.Html;

namespace Dossier.Tests.Reading.Html;

/// <summary>The parser keeps only the attributes the reader reads; what it drops changes nothing in the result.</summary>
public class HtmlParsingTests
{
    [Fact]
    public void Attributes_the_reader_never_reads_change_neither_body_nor_metadata_nor_offsets()
    {
        string plain = HtmlPages.NewsPage();
        string noisy = plain
            .Replace("<article>", """<article data-id="8812" aria-label="Story" onclick="track('story')" data-analytics='{"a":1}'>""", StringComparison.Ordinal)
            .Replace("<p>", """<p data-paragraph="x" tabindex="-1">""", StringComparison.Ordinal)
            .Replace("""<img src="bridge.jpg">""", """<img src="bridge.jpg" srcset="a.jpg 1x, b.jpg 2x" loading="lazy" width="640">""", StringComparison.Ordinal)
            .Replace("<head>", """<head><base href="https://cdn.example.net/"><link rel="stylesheet" href="/site.css" media="screen">""", StringComparison.Ordinal);
        var expected = HtmlPages.Read(plain);
        var actual = HtmlPages.Read(noisy);

        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Metadata with { Authors = [] }, actual.Metadata with { Authors = [] });
        Assert.Equal(expected.Metadata.Authors, actual.Metadata.Authors);
        foreach (var paragraph in actual.Paragraphs.All())
        {
            var source = actual.SourceMap.ToSource(paragraph.Span);
            Assert.Equal(actual.Substring(paragraph.Span), noisy[source.Start..source.End]);
        }
    }

    [Fact]
    public void Upper_case_attribute_names_are_read_like_lower_case_ones()
    {
        string page = HtmlPages.NewsPage()
            .Replace("""<div class="share-bar">""", """<DIV CLASS="share-bar">""", StringComparison.Ordinal)
            .Replace("""<meta property="og:site_name" content="The Harbour Times">""", """<META PROPERTY="og:site_name" CONTENT="The Harbour Times">""", StringComparison.Ordinal);
        var document = HtmlPages.Read(page);

        Assert.DoesNotContain("Share on Facebook", document.Text, StringComparison.Ordinal);
        Assert.Equal("The Harbour Times", document.Metadata.Site);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("itemprop")]
    [InlineData("style")]
    [InlineData("content")]
    [InlineData("datetime")]
    [InlineData("type")]      // the tree builder: <input type=hidden> inside a table
    [InlineData("encoding")]  // the tree builder: <annotation-xml encoding>
    public void Attributes_read_by_the_reader_or_the_tree_builder_are_kept(string name)
    {
        Assert.True(ParsedAttributes.IsKept(name));
    }

    [Theory]
    [InlineData("data-src")]
    [InlineData("srcset")]
    [InlineData("onclick")]
    [InlineData("aria-hidden")]
    public void Other_attributes_are_dropped(string name)
    {
        Assert.False(ParsedAttributes.IsKept(name));
    }
}
