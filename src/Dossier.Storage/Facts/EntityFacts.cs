using Dossier.Entities;
using Dossier.Storage.Records;

namespace Dossier.Storage.Facts;

/// <summary>
/// Reads the entity layers: every actor of the <see cref="ActorLayer"/> (same local numbering), its mentions,
/// and its affiliations as relations (role → "role", member → "member_of", nationality → "nationality_of").
/// </summary>
internal static class EntityFacts
{
    public static void Read(FactsBuilder facts)
    {
        var document = facts.Document;
        if (document.TryGet<ActorLayer>(out var actors))
        {
            foreach (var actor in actors.All())
            {
                var titles = new List<string>();
                foreach (var title in actor.Titles) titles.Add(document.Substring(title.Span));
                facts.AddActor(new ActorFact(actor.Name, actor.Type.Label())
                {
                    Aliases = [.. actor.Aliases.ToArray()],
                    Titles = titles,
                    MentionCount = actor.Mentions.Length,
                });
            }
            var seen = new HashSet<(int, string, int, int, int)>();
            foreach (var actor in actors.All())
            {
                foreach (var tie in actor.Affiliations)
                {
                    string predicate = Predicate(tie.Kind);
                    if (tie.Actor < 0 || tie.Actor >= actors.Count || !seen.Add((actor.Index, predicate, tie.Actor, tie.Evidence.Start, tie.Evidence.End))) continue;
                    facts.Relations.Add(new RelationFact(actor.Index, predicate, tie.Actor, tie.Evidence) { Confidence = 1 });
                }
            }
        }
        if (document.TryGet<MentionLayer>(out var mentions))
        {
            foreach (var mention in mentions.All())
            {
                int actor = actors is not null && mention.Actor < actors.Count ? mention.Actor : -1;
                facts.Mentions.Add(new MentionFact(mention.Span, mention.Type.Label(), actor));
            }
        }
    }

    private static string Predicate(AffiliationKind kind) => kind switch
    {
        AffiliationKind.Role => "role",
        AffiliationKind.Member => "member_of",
        AffiliationKind.NationalityOf => "nationality_of",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
