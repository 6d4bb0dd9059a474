using System.Text;
using Dossier.Model;
using Dossier.Reading;

namespace Dossier.Tests.Reading;

public class PlainTextArticleTests
{
    private static Document Read(string text, bool raw = false)
    {
        var result = new ArticleReader(new ReaderOptions { Raw = raw }).ReadFile(SourceFile.FromBytes("article.txt", Encoding.UTF8.GetBytes(text))).Single();
        Assert.Null(result.Error);
        return result.Document!;
    }

    [Fact]
    public void Byline_and_date_lines_under_the_headline_become_metadata()
    {
        var document = Read("Senate passes the budget\n\nBy Jane Doe and John Roe, Reuters\nNov. 8, 2021\n\nThe Senate passed the budget on Monday after a long night of votes.\n");
        Assert.Equal("Senate passes the budget", document.Metadata.Title);
        Assert.Equal(["Jane Doe", "John Roe"], document.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2021, 11, 8, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.Equal("The Senate passed the budget on Monday after a long night of votes.", document.Text);
    }

    [Fact]
    public void Site_prompts_between_paragraphs_are_removed_and_listed()
    {
        var document = Read("A headline here\n\nFirst paragraph of the story, long enough to be body text.\n\nAdvertisement\n\nRead more: Other story about something\n\nSecond paragraph of the story.\n\nSign up for our daily newsletter.\n");
        Assert.Equal("First paragraph of the story, long enough to be body text.\n\nSecond paragraph of the story.", document.Text);
        Assert.Equal([BoilerplateKind.Headline, BoilerplateKind.Advertisement, BoilerplateKind.RelatedLinks, BoilerplateKind.Prompt], document.Removed.Select(r => r.Kind));
    }

    [Fact]
    public void A_caption_printed_above_a_photo_credit_inside_the_story_is_removed()
    {
        var document = Read("Headline of the story\n\nFirst paragraph of the story says what happened yesterday in the capital.\n\nProtesters march in the capital on March 3, 2022.\nJohn Smith/Reuters\n\nSecond paragraph.\n");
        Assert.Equal("First paragraph of the story says what happened yesterday in the capital.\n\nSecond paragraph.", document.Text);
        Assert.Contains(document.Removed, r => r.Kind == BoilerplateKind.PhotoCaption && r.Text.StartsWith("Protesters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_paragraph_that_mentions_a_newsletter_is_body_text()
    {
        const string paragraph = "The company said its newsletter, which it asked readers to sign up for in 2019, had reached two million subscribers, and that it would keep publishing it every morning despite the cost of paper and postage rising sharply.";
        var document = Read("Headline\n\n" + paragraph + "\n");
        Assert.Equal(paragraph, document.Text);
    }

    [Fact]
    public void Raw_mode_keeps_every_line_as_body_text()
    {
        var document = Read("Advertisement\nFirst line.\nSecond line.", raw: true);
        Assert.Equal("Advertisement\nFirst line.\nSecond line.", document.Text);
        Assert.Equal(3, document.Paragraphs.Count);
        Assert.Null(document.Metadata.Title);
    }

    [Fact]
    public void Windows_line_endings_do_not_leave_carriage_returns_in_paragraphs()
    {
        var document = Read("Headline\r\n\r\nOne paragraph.\r\nAnother paragraph.\r\n");
        Assert.Equal("One paragraph.\n\nAnother paragraph.", document.Text);
    }

    [Fact]
    public void A_short_first_sentence_with_a_full_stop_is_the_lead_not_the_headline()
    {
        var document = Read("Senator John Smith said the bill was bad.\n\nOthers disagreed with him on Tuesday.\n");
        Assert.Null(document.Metadata.Title);
        Assert.StartsWith("Senator John Smith said", document.Text);
    }

    [Fact]
    public void A_headline_ending_in_an_abbreviation_is_still_the_headline()
    {
        var document = Read("Envoy Leaves the U.S.\n\nThe envoy left on Monday, officials said.\n");
        Assert.Equal("Envoy Leaves the U.S.", document.Metadata.Title);
    }
}
