using Dossier.Model;
using Dossier.Storage.Actors;
using Dossier.Storage.Records;

namespace Dossier.Storage.Facts;

/// <summary>Collects one article's facts while the layer readers run; owns the local actor numbering.</summary>
internal sealed class FactsBuilder(Document document)
{
    private readonly Dictionary<string, int> _actorByName = new(StringComparer.Ordinal);

    public Document Document => document;
    public List<ActorFact> Actors { get; } = [];
    public List<MentionFact> Mentions { get; } = [];
    public List<QuoteFact> Quotes { get; } = [];
    public List<RelationFact> Relations { get; } = [];
    public List<EventFact> Events { get; } = [];

    /// <summary>Adds an actor the entity layer found; returns its local index.</summary>
    public int AddActor(ActorFact actor)
    {
        Actors.Add(actor);
        int index = Actors.Count - 1;
        _actorByName.TryAdd(ActorNames.Normalise(actor.Name), index);
        foreach (var alias in actor.Aliases) _actorByName.TryAdd(ActorNames.Normalise(alias), index);
        return index;
    }

    /// <summary>The local actor called <paramref name="name"/> (by name or alias), added with <paramref name="type"/> if there is none.</summary>
    public int ActorNamed(string name, string type)
    {
        var key = ActorNames.Normalise(name);
        if (_actorByName.TryGetValue(key, out int index)) return index;
        return AddActor(new ActorFact(name.Trim(), type));
    }

    /// <summary>
    /// Links each quote to the actors mentioned inside its content. Without an entity layer there are no mentions,
    /// so the names of the article's actors (the quotes' speakers) are looked for in the text first.
    /// </summary>
    public void LinkQuotesToMentionedActors()
    {
        if (Quotes.Count == 0) return;
        if (Mentions.Count == 0) Mentions.AddRange(NameMatcher.FindMentions(document.Text, Actors));
        for (int q = 0; q < Quotes.Count; q++)
        {
            var quote = Quotes[q];
            if (quote.About.Count > 0) continue;
            var about = new SortedSet<int>();
            foreach (var mention in Mentions)
            {
                if (mention.Actor < 0 || mention.Actor == quote.SpeakerActor) continue;
                // By index: a foreach over the IReadOnlyList would allocate an enumerator per quote and mention.
                var content = quote.Content;
                for (int f = 0; f < content.Count; f++)
                {
                    if (content[f].Contains(mention.Span))
                    {
                        about.Add(mention.Actor);
                        break;
                    }
                }
            }
            if (about.Count > 0) Quotes[q] = quote with { About = [.. about] };
        }
    }
}
