using Dossier.Entities;
using Dossier.Quotes;
using Dossier.Storage.Records;

namespace Dossier.Storage.Facts;

/// <summary>
/// Reads the <see cref="QuoteLayer"/>. A speaker linked to an actor keeps that actor; a speaker known only by name
/// (no entity layer, or the entity layer missed it) becomes an actor of type UNKNOWN, merged by the strict person
/// rule. Descriptions ("officials", "the poll") stay speaker names without an actor.
/// </summary>
internal static class QuoteFacts
{
    public static void Read(FactsBuilder facts)
    {
        var document = facts.Document;
        if (!document.TryGet<QuoteLayer>(out var quotes)) return;
        int actorCount = document.TryGet<ActorLayer>(out var actors) ? actors.Count : 0;
        foreach (var quote in quotes.All())
        {
            int speaker = quote.SpeakerActor >= 0 && quote.SpeakerActor < actorCount ? quote.SpeakerActor : -1;
            if (speaker < 0 && quote.SpeakerName is { Length: > 0 } name && quote.Resolution is not (SpeakerResolution.Unresolved or SpeakerResolution.Description))
                speaker = facts.ActorNamed(name, ActorFact.UnknownType);
            facts.Quotes.Add(new QuoteFact
            {
                Type = quote.Type.ToString().ToLowerInvariant(),
                Content = [.. quote.Content.ToArray()],
                Cue = quote.Cue,
                Speaker = quote.Speaker,
                SpeakerActor = speaker,
                SpeakerName = quote.SpeakerName,
                Resolution = quote.Resolution.ToString().ToLowerInvariant(),
                Confidence = quote.Confidence,
            });
        }
    }
}
