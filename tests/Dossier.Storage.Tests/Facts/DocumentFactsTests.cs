using Dossier.Entities;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Storage.Facts;

namespace Dossier.Storage.Tests.Facts;

/// <summary>How the layers of an analysed document become the facts the store keeps (layers built by hand).</summary>
public sealed class DocumentFactsTests
{
    private const string Text = "Envoy Maria Lopez met the Northern Front on Monday. “We will judge them by their actions,” Lopez said. Officials said the talks would go on.";

    private static TextSpan Span(string part, int from = 0)
    {
        int at = Text.IndexOf(part, from, StringComparison.Ordinal);
        return new TextSpan(at, at + part.Length);
    }

    private static Document WithEntities()
    {
        var document = Document.FromText(Text);
        var mentions = new MentionLayer.Builder();
        mentions.Add(Span("Maria Lopez"), new TokenRange(1, 3), EntityType.Person, MentionKind.Name, 0);
        mentions.Add(Span("Northern Front"), new TokenRange(5, 7), EntityType.Org, MentionKind.Name, 1);
        mentions.Add(Span("Monday"), new TokenRange(8, 9), EntityType.Date, MentionKind.Name, -1);
        mentions.Add(Span("Lopez", 30), new TokenRange(20, 21), EntityType.Person, MentionKind.Name, 0);
        var actors = new ActorLayerBuilder(Text);
        int lopez = actors.Add("Maria Lopez", EntityType.Person);
        int front = actors.Add("Northern Front", EntityType.Org);
        actors.AddAlias(lopez, "Lopez");
        actors.AddAlias(front, "the Northern Front");
        actors.AddMention(lopez, 0);
        actors.AddMention(lopez, 3);
        actors.AddMention(front, 1);
        actors.AddTitle(lopez, new ActorTitle(Span("Envoy"), Span("Envoy"), -1, Span("Envoy Maria Lopez")));
        actors.AddAffiliation(lopez, new ActorAffiliation(front, AffiliationKind.Member, Span("Maria Lopez met the Northern Front")));
        document.Set(mentions.Build());
        document.Set(actors.Build());
        return document;
    }

    private static QuoteLayer Quotes(int speakerActor) => QuoteLayer.Create(
    [
        new QuoteDraft { Content = [Span("“We will judge them by their actions,”")], Cue = Span("said"), Speaker = Span("Lopez", 30), SpeakerActor = speakerActor, SpeakerName = "Maria Lopez", Resolution = SpeakerResolution.Named, Type = QuoteType.Direct, Confidence = 0.9f },
        new QuoteDraft { Content = [Span("the talks would go on")], Cue = Span("said", 100), Speaker = Span("Officials"), SpeakerName = "Officials", Resolution = SpeakerResolution.Description, Type = QuoteType.Indirect, Confidence = 0.7f },
    ]);

    [Fact]
    public void Actors_keep_the_entity_layers_numbering_names_types_aliases_and_titles()
    {
        var facts = DocumentFacts.From(WithEntities());
        Assert.Equal(["Maria Lopez", "Northern Front"], facts.Actors.Select(a => a.Name));
        Assert.Equal(["PERSON", "ORG"], facts.Actors.Select(a => a.Type));
        Assert.Equal(["Lopez"], facts.Actors[0].Aliases);
        Assert.Equal(["Envoy"], facts.Actors[0].Titles);
        Assert.Equal(2, facts.Actors[0].MentionCount);
        Assert.Equal(4, facts.Mentions.Count);
        Assert.Equal(-1, facts.Mentions.Single(m => m.Type == "DATE").Actor);
    }

    [Fact]
    public void Affiliations_become_relations_with_their_evidence()
    {
        var relation = Assert.Single(DocumentFacts.From(WithEntities()).Relations);
        Assert.Equal((0, "member_of", 1), (relation.Subject, relation.Predicate, relation.Target));
        Assert.Equal("Maria Lopez met the Northern Front", Text[relation.Evidence.Start..relation.Evidence.End]);
    }

    [Fact]
    public void A_quotes_speaker_actor_is_the_entity_layers_actor()
    {
        var document = WithEntities();
        document.Set(Quotes(speakerActor: 0));
        var facts = DocumentFacts.From(document);
        Assert.Equal(2, facts.Actors.Count); // no actor added for the speaker, and none for "Officials"
        var quote = facts.Quotes[0];
        Assert.Equal((0, "direct", "named"), (quote.SpeakerActor, quote.Type, quote.Resolution));
        Assert.Equal(-1, facts.Quotes[1].SpeakerActor);
        Assert.Equal("Officials", facts.Quotes[1].SpeakerName);
    }

    [Fact]
    public void Without_entity_layers_named_speakers_become_actors_and_their_names_are_found_in_quotes()
    {
        var document = Document.FromText(Text + " “Maria Lopez is right,” said Sam Obi.");
        document.Set(QuoteLayer.Create(
        [
            new QuoteDraft { Content = [new TextSpan(Text.Length + 1, Text.Length + 25)], SpeakerName = "Sam Obi", Resolution = SpeakerResolution.Named, Type = QuoteType.Direct },
            new QuoteDraft { Content = [Span("“We will judge them by their actions,”")], SpeakerName = "Maria Lopez", Resolution = SpeakerResolution.Named, Type = QuoteType.Direct },
        ]));
        var facts = DocumentFacts.From(document);
        Assert.Equal(["Maria Lopez", "Sam Obi"], facts.Actors.Select(a => a.Name).Order());
        Assert.All(facts.Actors, a => Assert.Equal("UNKNOWN", a.Type));
        var obi = facts.Quotes.Single(q => q.SpeakerName == "Sam Obi");
        Assert.Equal(facts.Actors.Select((a, i) => (a, i)).Single(x => x.a.Name == "Maria Lopez").i, Assert.Single(obi.About));
    }

    [Fact]
    public void Content_hash_ignores_how_white_space_is_laid_out()
    {
        Assert.Equal(ContentHash.Of("One two\nthree  "), ContentHash.Of("  One   two three"));
        Assert.NotEqual(ContentHash.Of("One two three"), ContentHash.Of("One two three."));
    }
}
