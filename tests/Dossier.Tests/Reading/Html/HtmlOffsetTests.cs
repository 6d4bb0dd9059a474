using System.Net;

namespace Dossier.Tests.Reading.Html;

/// <summary>Spans of the body map back into the decoded HTML.</summary>
public class HtmlOffsetTests
{
    [Fact]
    public void Each_paragraph_maps_to_its_text_in_the_source()
    {
        string html = HtmlPages.NewsPage();
        var document = HtmlPages.Read(html);
        foreach (var paragraph in document.Paragraphs.All())
        {
            var source = document.SourceMap.ToSource(paragraph.Span);
            Assert.Equal(document.Substring(paragraph.Span), html[source.Start..source.End]);
        }
    }

    [Fact]
    public void Decoded_character_references_map_to_the_reference()
    {
        string html = HtmlPages.NewsPage().Replace("the mayor said", "the mayor&#8217;s office &amp; the council said", StringComparison.Ordinal);
        var document = HtmlPages.Read(html);
        int at = document.Text.IndexOf("’s office & the", StringComparison.Ordinal);
        Assert.True(at > 0);
        var paragraph = document.Paragraphs[document.Paragraphs.IndexAt(at)].Span;
        var source = document.SourceMap.ToSource(paragraph);
        Assert.Equal(document.Substring(paragraph), WebUtility.HtmlDecode(html[source.Start..source.End]));
        // A word after the references is still copied verbatim from its place.
        int council = document.Text.IndexOf("council said", StringComparison.Ordinal);
        int inSource = document.SourceMap.ToSourceStart(council);
        Assert.Equal("council said", html.Substring(inSource, "council said".Length));
    }

    [Fact]
    public void Collapsed_white_space_maps_between_the_words_around_it()
    {
        string html = HtmlPages.NewsPage().Replace("rebuild the old", "rebuild\n      the old", StringComparison.Ordinal);
        var document = HtmlPages.Read(html);
        int the = document.Text.IndexOf("the old harbour", StringComparison.Ordinal);
        Assert.Equal("the old harbour", html.Substring(document.SourceMap.ToSourceStart(the), "the old harbour".Length));
    }
}
