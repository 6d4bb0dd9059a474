using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>
/// A reported clause ends where a second attribution with a speaker of its own starts inside it (PolNeAR never nests
/// a cue in a content): a quotation with its own inverted cue, or a relative clause its own speaker reports.
/// </summary>
public class SecondAttributionTests
{
    private static (Document Document, List<Quote> Quotes) Extract(string text)
    {
        var document = SimpleText.Analyse(text);
        new QuotesComponent().Process(document);
        return (document, document.Get<QuoteLayer>().All().ToList());
    }

    private static string ContentOf(Document d, List<Quote> quotes, string cue) =>
        string.Join(" | ", Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == cue).Content.ToArray().Select(d.Substring));

    [Fact]
    public void A_quotation_after_a_dash_with_its_own_speaker_and_cue_ends_the_reported_clause_before_it()
    {
        var (d, quotes) = Extract("Smith suggested that the plan was unserious - “We need to get into the details,” she said.");
        Assert.Equal("that the plan was unserious", ContentOf(d, quotes, "suggested"));
        Assert.Equal("“We need to get into the details,”", ContentOf(d, quotes, "said"));
    }

    [Fact]
    public void A_quotation_after_a_colon_with_its_own_speaker_and_cue_is_the_content_of_that_cue()
    {
        var (d, quotes) = Extract("Lee asserted that the country had lost its identity: “France is no longer France,” he claimed.");
        Assert.Equal("that the country had lost its identity", ContentOf(d, quotes, "asserted"));
        Assert.Equal("he", d.Substring(Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == "claimed").Speaker!.Value));
    }

    [Fact]
    public void A_relative_clause_that_its_own_speaker_reports_is_no_part_of_the_clause_before_it()
    {
        var (d, quotes) = Extract("Trump noted that spending fell to 1 percent of the budget, which he said would be its lowest level ever.");
        Assert.Equal("that spending fell to 1 percent of the budget", ContentOf(d, quotes, "noted"));
        Assert.Equal("he", d.Substring(Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == "said").Speaker!.Value));
    }

    [Fact]
    public void A_relative_clause_reported_with_a_weak_cue_ends_the_clause_before_it_too()
    {
        var (d, quotes) = Extract("Rubio noted that the race had moved to Florida, which he describes as his second home.");
        Assert.Equal("that the race had moved to Florida", ContentOf(d, quotes, "noted"));
    }
}
