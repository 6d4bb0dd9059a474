using System.Globalization;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Learns <see cref="ContentExtent"/>'s model from PolNeAR train (never dev): every unquoted content after its cue whose
/// cue overlaps a gold cue and whose last fragment overlaps that attribution's gold content walks back over its
/// boundaries; each cut is one example, annotated when the gold content ends at or before it, and the walk follows the
/// gold answer (it stops at the first cut that would drop gold words, as the likeliest walk stops at run time).
/// </summary>
public static class ContentExtentTrainer
{
    /// <summary>The threshold a cut walk beats (written with the model); chosen on held-out train (models/quotes.md), never on dev.</summary>
    public const double DefaultThreshold = 0.8;

    public sealed record Examples(List<(string[] Features, bool Positive)> Rows, int Contents, int ExactBefore, int ExactReachable);

    /// <summary>The examples of <paramref name="articles"/> as <paramref name="extractor"/> (without a content extent model) finds their contents.</summary>
    public static Examples Collect(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var rows = new List<(string[], bool)>();
        int contents = 0, exactBefore = 0, exactAfter = 0;
        foreach (var p in articles)
        {
            var text = p.Article.Text;
            var tokens = p.Document.Tokens;
            var drafts = extractor.Extract(p.Document);
            foreach (var draft in drafts)
            {
                if (draft.Cue is not { } cue || draft.Content.Count == 0) continue;
                var last = SpanScore.Normalise(text, [draft.Content[^1]]).FirstOrDefault();
                if (last.IsEmpty) continue;
                var gold = p.Article.Attributions
                    .Where(a => SpanScore.Normalise(text, a.Cue).Exists(g => g.Overlaps(cue)))
                    .SelectMany(a => SpanScore.Normalise(text, a.Content))
                    .Where(g => g.Overlaps(last))
                    .Select(g => (TextSpan?)g)
                    .MaxBy(g => Math.Min(g!.Value.End, last.End) - Math.Max(g.Value.Start, last.Start));
                if (gold is not { } g) continue;
                var forward = ContentExtent.ExtendSteps(p.Document, drafts, draft);
                var steps = ContentExtent.Steps(p.Document, draft);
                if (steps.Count == 0 && forward.Count == 0) continue;
                contents++;
                if (g.End == last.End) exactBefore++;
                int extendedTo = -1;
                foreach (var step in forward)
                {
                    bool take = g.End >= tokens.EndAt(step.Token);
                    rows.Add((step.Features, take));
                    if (!take) break;
                    extendedTo = step.Token;
                }
                if (extendedTo >= 0) ContentExtent.ExtendTo(p.Document, draft, extendedTo);
                else
                {
                    int cut = -1;
                    foreach (var step in steps)
                    {
                        bool drop = g.End <= CutEnd(tokens, step.Token);
                        rows.Add((step.Features, drop));
                        if (!drop) break;
                        cut = step.Token;
                    }
                    if (cut >= 0) ContentExtent.CutBefore(p.Document, draft, cut);
                }
                if (SpanScore.Normalise(text, [draft.Content[^1]]).FirstOrDefault().End == g.End) exactAfter++;
            }
        }
        return new Examples(rows, contents, exactBefore, exactAfter);
    }

    /// <summary>Where a content cut before token <paramref name="boundary"/> ends: after the last word before it.</summary>
    private static int CutEnd(TokenLayer tokens, int boundary)
    {
        int t = boundary - 1;
        while (t > 0 && tokens.KindAt(t) is TokenKind.Punctuation or TokenKind.Symbol) t--;
        return tokens.EndAt(t);
    }

    /// <summary>The model's weights and a one-line summary of what it was learned from.</summary>
    public static (Dictionary<string, float> Weights, string About) Train(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var examples = Collect(articles, extractor);
        var weights = LogisticRegressionTrainer.Train(examples.Rows);
        string about = string.Create(CultureInfo.InvariantCulture,
            $"{examples.Contents} unquoted contents after a cue overlapping a gold one ({examples.ExactBefore} end exactly as the rules end them, {examples.ExactReachable} with the gold walk); {examples.Rows.Count} cuts, {examples.Rows.Count(r => r.Positive)} taken; {weights.Count} weights");
        return (weights, about);
    }

    /// <summary>
    /// `dossier train quotes --content-extent`: the content extent model from all of <paramref name="split"/>, over the
    /// attributions the shipped table, classifier and cue extent find, written to <paramref name="modelsDirectory"/>.
    /// </summary>
    public static string TrainShipped(string polnearRoot, string split, string modelsDirectory, double threshold, TextWriter log)
    {
        var (articles, failed, fingerprint) = SyntacticCueTrainer.ParseSplit(polnearRoot, split, log);
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.LoadDefault(), Classifier = CueClassifier.LoadDefault(), CueExtent = CueExtent.LoadDefault() };
        var (weights, about) = Train(articles, extractor);
        string[] header =
        [
            "Content extent model learned from PolNeAR train by `dossier train quotes --content-extent` (see models/quotes.md).",
            $"{articles.Count + failed} {split} articles, text fingerprint {fingerprint}; {about}.",
        ];
        File.WriteAllText(Path.Combine(modelsDirectory, ContentExtent.FileName), LogisticRegressionTrainer.Write(weights, threshold, threshold, header));
        return about;
    }
}
