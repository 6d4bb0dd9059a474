using Dossier.Entities;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>Speakers resolved through hand-made entity layers (as the entities component will set them).</summary>
public class SpeakerEntityTests
{
    private sealed record Entity(string Text, int Occurrence, EntityType Type, string Actor, string? Title = null);

    private static List<Quote> Extract(string text, params Entity[] entities)
    {
        var document = SimpleText.Analyse(text);
        var tokens = document.Tokens;
        var mentions = new MentionLayer.Builder();
        var actors = new ActorLayerBuilder(text);
        var byName = new Dictionary<string, int>();
        var pending = new List<(int Actor, TextSpan Span)>();
        foreach (var e in entities)
        {
            int at = -1;
            for (int k = 0; k <= e.Occurrence; k++) at = text.IndexOf(e.Text, at + 1, StringComparison.Ordinal);
            var span = new TextSpan(at, at + e.Text.Length);
            if (!byName.TryGetValue(e.Actor, out int actor)) byName[e.Actor] = actor = actors.Add(e.Actor, e.Type);
            if (e.Title is not null)
            {
                int t = text.IndexOf(e.Title, StringComparison.Ordinal);
                var title = new TextSpan(t, t + e.Title.Length);
                actors.AddTitle(actor, new ActorTitle(title, title, -1, title.Union(span)));
            }
            mentions.Add(span, tokens.ToTokenRange(span, SpanAlignment.Strict)!.Value, e.Type, MentionKind.Name, actor);
            pending.Add((actor, span));
        }
        var layer = mentions.Build();
        foreach (var (actor, span) in pending) actors.AddMention(actor, layer.IndexAt(span.Start));
        document.Set(layer);
        document.Set(actors.Build());
        new QuotesComponent().Process(document);
        return [.. document.Get<QuoteLayer>().All()];
    }

    [Fact]
    public void A_surname_takes_the_canonical_name_of_its_actor()
    {
        var quotes = Extract("Maria Lopez arrived.\n\n“No,” Lopez said.",
            new Entity("Maria Lopez", 0, EntityType.Person, "Maria Lopez"), new Entity("Lopez", 1, EntityType.Person, "Maria Lopez"));
        var q = Assert.Single(quotes);
        Assert.Equal("Maria Lopez", q.SpeakerName);
        Assert.Equal(0, q.SpeakerActor);
    }

    [Fact]
    public void A_nominal_resolves_to_the_person_with_that_title()
    {
        var quotes = Extract("U.S. envoy Thomas Brandt arrived on Monday.\n\n“We are ready,” the envoy said.",
            new Entity("Thomas Brandt", 0, EntityType.Person, "Thomas Brandt", "U.S. envoy"));
        var q = Assert.Single(quotes);
        Assert.Equal("Thomas Brandt", q.SpeakerName);
        Assert.Equal(SpeakerResolution.Nominal, q.Resolution);
    }

    [Fact]
    public void A_common_noun_head_is_not_its_modifiers_actor()
    {
        var quotes = Extract("The Biden administration claimed the talks had failed.",
            new Entity("Biden", 0, EntityType.Person, "Joe Biden"));
        Assert.Equal("Biden administration", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_pronoun_can_point_to_a_person_who_was_a_subject_without_speaking()
    {
        var quotes = Extract("Former governor George Pataki ended his campaign.\n\n“It was time,” he said.",
            new Entity("George Pataki", 0, EntityType.Person, "George Pataki"));
        Assert.Equal("George Pataki", Assert.Single(quotes).SpeakerName);
    }
}
