using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Speaker resolution for pronoun sources. PolNeAR marks sources, not coreference, so the reference antecedent of a
/// gold pronoun source ("he", "she", "they", "it") is a proxy: the nearest earlier gold source in the same article
/// that is a name (holds a capitalised word and is not a pronoun), and its head word is the last word of the last run
/// of capitalised words before the first comma. A prediction whose speaker span is that pronoun counts as correct when
/// its resolved name contains that head word.
/// </summary>
internal sealed class PronounResolutionScore
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it" };

    public int Gold { get; private set; }
    public int Found { get; private set; }
    public int Correct { get; private set; }
    public double Accuracy => Found == 0 ? 0 : (double)Correct / Found;

    /// <summary>One found pronoun source: the proxy's head name, the name we resolved, and the text from the proxy source to the pronoun.</summary>
    public sealed record Resolution(string Pronoun, string Antecedent, string? Resolved, bool Correct, string Context);

    /// <summary>Every found pronoun source of the articles added, for the held-out diagnostics.</summary>
    public List<Resolution> Resolutions { get; } = [];

    public void Add(PolnearArticle article, QuoteLayer quotes)
    {
        var sources = article.Attributions.Where(a => a.Source.Count == 1).Select(a => a.Source[0]).OrderBy(s => s.Start).ToList();
        for (int i = 0; i < sources.Count; i++)
        {
            var text = article.Text[sources[i].Start..sources[i].End].Trim();
            if (!Pronouns.Contains(text)) continue;
            string? antecedent = null;
            int from = sources[i].Start;
            for (int k = i - 1; k >= 0 && antecedent is null; k--)
            {
                var candidate = article.Text[sources[k].Start..sources[k].End].Trim();
                antecedent = LastCapitalised(candidate);
                from = sources[k].Start;
            }
            if (antecedent is null) continue;
            Gold++;
            var match = quotes.All().Where(q => q.Speaker is { } s && s.Overlaps(sources[i])).Select(q => (Quote?)q).FirstOrDefault();
            if (match is not { } quote) continue;
            Found++;
            bool correct = quote.SpeakerName is { } name && name.Contains(antecedent, StringComparison.OrdinalIgnoreCase);
            if (correct) Correct++;
            int end = Math.Min(article.Text.Length, sources[i].End + 60);
            Resolutions.Add(new Resolution(text, antecedent, quote.SpeakerName, correct, article.Text[Math.Max(from, end - 1500)..end]));
        }
    }

    /// <summary>
    /// The head name of a source phrase: the last word of the last run of capitalised words before the first comma
    /// ("Link" in "Christine Link, executive director of … in Ohio"; "Pataki" in "Former New York Gov. George Pataki";
    /// "Brewer" in "Former Arizona governor Jan Brewer", where the first run would give the state).
    /// </summary>
    internal static string? LastCapitalised(string phrase)
    {
        if (Pronouns.Contains(phrase)) return null;
        var words = phrase.Split([' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        int stop = 0;
        while (stop < words.Length && !words[stop].EndsWith(',')) stop++;
        int last = Math.Min(stop, words.Length - 1);
        while (last >= 0 && !IsCapitalised(words[last])) last--;
        if (last < 0) return null;
        var head = words[last].Trim(',', '.', ':', ';');
        int apostrophe = head.IndexOfAny(['’', '\'']);
        if (apostrophe > 0) head = head[..apostrophe];
        return head.Length > 1 && !Pronouns.Contains(head) ? head : null;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
