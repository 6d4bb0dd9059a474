using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

public class QuoteExtractorTests
{
    private static (Document Document, List<Quote> Quotes) Extract(string text)
    {
        var document = SimpleText.Analyse(text);
        new QuotesComponent().Process(document);
        return (document, document.Get<QuoteLayer>().All().ToList());
    }

    private static string ContentOf(Document d, Quote q) => string.Join(" | ", q.Content.ToArray().Select(d.Substring));

    [Fact]
    public void Direct_quote_with_inverted_cue_finds_speaker()
    {
        var (d, quotes) = Extract("“The economy is strong,” said Hugh Hill, a doctor at the clinic.");
        var q = Assert.Single(quotes);
        Assert.Equal(QuoteType.Direct, q.Type);
        Assert.Equal("Hugh Hill", q.SpeakerName);
        Assert.Equal("said", d.Substring(q.Cue!.Value));
        Assert.Equal("“The economy is strong,”", ContentOf(d, q));
    }

    [Fact]
    public void Apposition_before_the_cue_belongs_to_the_speaker()
    {
        var (d, quotes) = Extract("Hugh Hill, a doctor, said the clinic had run out of beds.");
        var q = Assert.Single(quotes);
        Assert.Equal("Hugh Hill", q.SpeakerName);
        Assert.Equal("Hugh Hill, a doctor,", d.Substring(q.Speaker!.Value));
        Assert.Equal(QuoteType.Indirect, q.Type);
        Assert.Equal("the clinic had run out of beds", ContentOf(d, q));
    }

    [Fact]
    public void Indirect_speech_after_said_that_keeps_that()
    {
        var (d, quotes) = Extract("The ministry said that talks would resume next week.");
        var q = Assert.Single(quotes);
        Assert.Equal("that talks would resume next week", ContentOf(d, q));
        Assert.Equal("ministry", q.SpeakerName);
    }

    [Fact]
    public void Quoted_fragment_in_reported_speech_makes_it_mixed()
    {
        var (_, quotes) = Extract("Maria Lopez said the plan was “dead on arrival” in the Senate.");
        Assert.Equal(QuoteType.Mixed, Assert.Single(quotes).Type);
    }

    [Fact]
    public void Pronoun_resolves_to_the_last_speaker_not_to_a_nearer_possessive()
    {
        var text = "“We lost,” Anna Berg said.\n\nCritics found Karl Weiss’s remarks odd.\n\n“It is over,” she warned.";
        var (_, quotes) = Extract(text);
        Assert.Equal("Anna Berg", quotes[^1].SpeakerName);
        Assert.Equal(SpeakerResolution.Pronoun, quotes[^1].Resolution);
    }

    [Fact]
    public void Surname_resolves_to_the_full_name_met_earlier()
    {
        var (_, quotes) = Extract("Senior fellow Thomas Brandt spoke on Monday.\n\n“Nobody knew,” Brandt said.");
        Assert.Equal("Thomas Brandt", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void Quote_without_cue_continues_the_previous_speaker()
    {
        var (_, quotes) = Extract("“We are ready,” Anna Berg said. “The rest is up to them.”");
        Assert.Equal(2, quotes.Count);
        Assert.True(quotes[1].ContinuesPrevious);
        Assert.Null(quotes[1].Cue);
        Assert.Equal("Anna Berg", quotes[1].SpeakerName);
    }

    [Fact]
    public void Coordinated_cues_share_their_subject_and_split_the_content()
    {
        var (d, quotes) = Extract("The ministry claims the border is closed and says it will not reopen soon.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the border is closed", ContentOf(d, quotes[0]));
        Assert.Equal("it will not reopen soon", ContentOf(d, quotes[1]));
        Assert.All(quotes, q => Assert.Equal("ministry", q.SpeakerName));
    }

    [Fact]
    public void According_to_introduces_a_source()
    {
        var (d, quotes) = Extract("According to the Associated Press, turnout was at a record high.");
        var q = Assert.Single(quotes);
        Assert.Equal("the Associated Press", d.Substring(q.Speaker!.Value));
        Assert.Equal("turnout was at a record high", ContentOf(d, q));
    }

    [Fact]
    public void Scare_quotes_and_quoted_names_are_not_quotations()
    {
        var (_, quotes) = Extract("Officials of the “Islamic Republic” attended a “historic” event near the “Green Zone.”");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Passive_and_infinitive_cues_report_nothing()
    {
        var (_, quotes) = Extract("The attack was claimed by a militant group. There is little reason to suspect the deal will hold.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Unresolved_pronoun_is_reported_as_unresolved()
    {
        var (_, quotes) = Extract("“It will rain,” he said.");
        var q = Assert.Single(quotes);
        Assert.Null(q.SpeakerName);
        Assert.Equal(SpeakerResolution.Unresolved, q.Resolution);
    }
}
