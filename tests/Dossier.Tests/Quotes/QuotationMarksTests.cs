using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

public class QuotationMarksTests
{
    private static List<string> Quoted(string text) =>
        [.. QuotationMarks.Pair(text, ParagraphLayer.FromLineBreaks(text)).Select(q => text[q.Outer.Start..q.Outer.End])];

    [Fact]
    public void Curly_double_quotes_pair()
    {
        Assert.Equal(["“We will win,”"], Quoted("“We will win,” she said."));
    }

    [Fact]
    public void Straight_double_quotes_pair_in_order()
    {
        Assert.Equal(["\"Yes,\"", "\"No.\""], Quoted("\"Yes,\" he said. \"No.\""));
    }

    [Fact]
    public void Single_quotes_nest_inside_double_quotes()
    {
        var text = "“He called it ‘a disgrace’ today,” she said.";
        Assert.Equal(["“He called it ‘a disgrace’ today,”", "‘a disgrace’"], Quoted(text));
    }

    [Fact]
    public void Apostrophes_are_not_quotation_marks()
    {
        Assert.Equal(["“We don’t know the students’ names from the ’90s,”"], Quoted("“We don’t know the students’ names from the ’90s,” the Taliban’s man said."));
    }

    [Fact]
    public void Guillemets_and_low_quotes_pair()
    {
        Assert.Equal(["«Oui»", "„Ja“"], Quoted("Il a dit «Oui» et „Ja“ aussi."));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_links_each_paragraph()
    {
        var text = "“The first part goes on\n\n“and the second part ends here,” he said.";
        var spans = QuotationMarks.Pair(text, ParagraphLayer.FromLineBreaks(text));
        Assert.Equal(2, spans.Count);
        Assert.False(spans[0].Closed);
        Assert.True(spans[1].ContinuesPrevious);
    }

    [Fact]
    public void An_unclosed_quote_closes_at_the_end_of_its_paragraph()
    {
        var text = "He said “this never ends.\nNext paragraph.";
        var spans = QuotationMarks.Pair(text, ParagraphLayer.FromLineBreaks(text));
        Assert.Single(spans);
        Assert.Equal("“this never ends.", text[spans[0].Outer.Start..spans[0].Outer.End]);
    }

    [Fact]
    public void Three_straight_marks_close_a_single_quotation_inside_a_doubled_one()
    {
        var text = "''I would use the word 'old-school,''' said Gregory Slayton.";
        Assert.Equal(["''I would use the word 'old-school,'''", "'old-school,'"], Quoted(text));
    }
}
