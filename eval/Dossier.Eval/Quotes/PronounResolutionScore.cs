using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Speaker resolution for pronoun sources. PolNeAR marks sources, not coreference, so the reference antecedent of a
/// gold pronoun source ("he", "she", "they", "it") is a proxy: the nearest earlier gold source in the same article
/// that is a name (holds a capitalised word and is not a pronoun), and its head word is the last word of the first run
/// of capitalised words. A prediction whose speaker span is that pronoun counts as correct when its resolved name
/// contains that head word.
/// </summary>
internal sealed class PronounResolutionScore
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it" };

    public int Gold { get; private set; }
    public int Found { get; private set; }
    public int Correct { get; private set; }
    public double Accuracy => Found == 0 ? 0 : (double)Correct / Found;

    public void Add(PolnearArticle article, QuoteLayer quotes)
    {
        var sources = article.Attributions.Where(a => a.Source.Count == 1).Select(a => a.Source[0]).OrderBy(s => s.Start).ToList();
        for (int i = 0; i < sources.Count; i++)
        {
            var text = article.Text[sources[i].Start..sources[i].End].Trim();
            if (!Pronouns.Contains(text)) continue;
            string? antecedent = null;
            for (int k = i - 1; k >= 0 && antecedent is null; k--)
            {
                var candidate = article.Text[sources[k].Start..sources[k].End].Trim();
                antecedent = LastCapitalised(candidate);
            }
            if (antecedent is null) continue;
            Gold++;
            var match = quotes.All().Where(q => q.Speaker is { } s && s.Overlaps(sources[i])).Select(q => (Quote?)q).FirstOrDefault();
            if (match is not { } quote) continue;
            Found++;
            if (quote.SpeakerName is { } name && name.Contains(antecedent, StringComparison.OrdinalIgnoreCase)) Correct++;
        }
    }

    /// <summary>
    /// The head name of a source phrase: the last word of its first run of capitalised words ("Christine Link" in
    /// "Christine Link, executive director of … in Ohio"; "Pataki" in "Former New York Gov. George Pataki").
    /// </summary>
    private static string? LastCapitalised(string phrase)
    {
        if (Pronouns.Contains(phrase)) return null;
        var words = phrase.Split([' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        int w = 0;
        while (w < words.Length && !IsCapitalised(words[w])) w++;
        if (w == words.Length) return null;
        int end = w;
        while (end + 1 < words.Length && IsCapitalised(words[end + 1]) && !words[end].EndsWith(',')) end++;
        var head = words[end].Trim(',', '.', ':', ';');
        int apostrophe = head.IndexOfAny(['’', '\'']);
        if (apostrophe > 0) head = head[..apostrophe];
        return head.Length > 1 && !Pronouns.Contains(head) ? head : null;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
