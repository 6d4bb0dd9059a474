using Dossier.Model;
using Dossier.Storage.Records;

namespace Dossier.Storage.Facts;

/// <summary>
/// Finds whole-word, case-sensitive occurrences of actors' names and aliases in a text: a stand-in for the
/// entity layer's mentions when the pipeline has none, so quotes still link to the actors they speak about.
/// </summary>
internal static class NameMatcher
{
    // Names shorter than this match too many unrelated words.
    private const int MinimumNameLength = 3;

    public static IEnumerable<MentionFact> FindMentions(string text, IReadOnlyList<ActorFact> actors)
    {
        var found = new List<MentionFact>();
        for (int a = 0; a < actors.Count; a++)
        {
            foreach (var name in actors[a].Aliases.Prepend(actors[a].Name).Distinct(StringComparer.Ordinal))
            {
                // "The Taliban" is also "the Taliban" and "Taliban": match the name without its article.
                string n = WithoutArticle(name.Trim());
                if (n.Length < MinimumNameLength) continue;
                int at = 0;
                while ((at = text.IndexOf(n, at, StringComparison.Ordinal)) >= 0)
                {
                    int end = at + n.Length;
                    if (IsBoundary(text, at - 1) && IsBoundary(text, end)) found.Add(new MentionFact(new TextSpan(at, end), actors[a].Type, a));
                    at = end;
                }
            }
        }
        found.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.Length.CompareTo(x.Span.Length));
        // Keep the longest of overlapping matches ("Thomas West" over "West").
        var kept = new List<MentionFact>(found.Count);
        foreach (var mention in found)
            if (kept.Count == 0 || !kept[^1].Span.Overlaps(mention.Span)) kept.Add(mention);
        return kept;
    }

    private static string WithoutArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && name.Length > 4 ? name[4..] : name;

    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
