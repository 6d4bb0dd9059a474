namespace Dossier.Tests.Reading.Html;

/// <summary>The body of a page: the article's paragraphs, subheads, lead and tail; no furniture, captions or title.</summary>
public class HtmlContentTests
{
    private static readonly Dossier.Model.Document News = HtmlPages.Read(HtmlPages.NewsPage());

    [Fact]
    public void Body_is_the_article_paragraphs_separated_by_blank_lines()
    {
        Assert.Equal(string.Join("\n\n", HtmlPages.Lead, HtmlPages.Middle, HtmlPages.Subhead, HtmlPages.Tail), News.Text);
        Assert.Equal(4, News.Paragraphs.Count);
    }

    [Fact]
    public void Lead_and_tail_paragraphs_are_kept()
    {
        Assert.StartsWith(HtmlPages.Lead, News.Text, StringComparison.Ordinal);
        Assert.EndsWith(HtmlPages.Tail, News.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Share on Facebook")]
    [InlineData("Sport")]
    [InlineData("Read more")]
    [InlineData("Bridge closed for repairs again")]
    [InlineData("I have waited for this bridge")]
    [InlineData("All rights reserved")]
    [InlineData("Council votes to rebuild bridge")]
    [InlineData("By Jane Doe")]
    public void Furniture_comments_title_and_byline_are_left_out(string boilerplate)
    {
        Assert.DoesNotContain(boilerplate, News.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Caption_is_kept_apart_as_a_removed_block()
    {
        Assert.DoesNotContain("Photo: Jane Doe", News.Text, StringComparison.Ordinal);
        Assert.Contains(News.Removed, r => r.Kind == Dossier.Model.BoilerplateKind.PhotoCaption && r.Text == HtmlPages.Caption);
    }

    [Fact]
    public void Lists_and_block_quotes_of_the_article_are_kept()
    {
        var page = HtmlPages.NewsPage().Replace($"<h2>{HtmlPages.Subhead}</h2>", """
            <blockquote><p>We have waited long enough for a safe crossing over the harbour, said one resident at the meeting.</p></blockquote>
            <ul><li>Two lanes for cars</li><li>One lane for bicycles</li></ul>
            """, StringComparison.Ordinal);
        var text = HtmlPages.Read(page).Text;
        Assert.Contains("We have waited long enough for a safe crossing", text, StringComparison.Ordinal);
        Assert.Contains("Two lanes for cars\n\nOne lane for bicycles", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_style_and_hidden_elements_are_never_text()
    {
        var page = HtmlPages.NewsPage().Replace("<p>" + HtmlPages.Middle, """
            <script>var secret = "script text";</script><style>p { color: red }</style><div style="display: none">hidden text</div><p>
            """ + HtmlPages.Middle, StringComparison.Ordinal);
        var text = HtmlPages.Read(page).Text;
        Assert.DoesNotContain("script text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden text", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_elements_join_without_spaces_and_white_space_collapses()
    {
        var page = HtmlPages.NewsPage().Replace(HtmlPages.Lead, "The city council <b>voted</b>   on\n  Tuesday to re<i>build</i> the old harbour bridge, ending a debate that lasted more than ten years.", StringComparison.Ordinal);
        Assert.StartsWith(HtmlPages.Lead, HtmlPages.Read(page).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Appeals_to_the_reader_at_the_end_of_the_article_are_left_out()
    {
        const string Follow = "Follow The Harbour Times on Twitter and Instagram and on Facebook for the latest news from the city.";
        const string Rights = "This article is the copyrighted property of The Harbour Times. Written permission must be obtained before reprint in online or print media.";
        var page = HtmlPages.NewsPage().Replace($"<p>{HtmlPages.Tail}</p>", $"<p>{HtmlPages.Tail}</p><p>{Follow}</p><p>{Rights}</p>", StringComparison.Ordinal);
        var document = HtmlPages.Read(page);
        Assert.EndsWith(HtmlPages.Tail, document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Removed, r => r.Kind == Dossier.Model.BoilerplateKind.Prompt && r.Text == Rights);
    }

    [Fact]
    public void A_story_paragraph_that_mentions_a_subscription_is_kept()
    {
        const string Story = "The mayor said on Twitter that residents who subscribe to the council's newsletter will hear first when the works begin.";
        var page = HtmlPages.NewsPage().Replace($"<p>{HtmlPages.Tail}</p>", $"<p>{HtmlPages.Tail}</p><p>{Story}</p>", StringComparison.Ordinal);
        Assert.EndsWith(Story, HtmlPages.Read(page).Text, StringComparison.Ordinal);
    }
}
