using System.Globalization;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Learns <see cref="CueExtent"/>'s model from PolNeAR train (never dev): every attribution the extractor finds whose
/// cue overlaps a gold cue walks right from its end (or, when the gold cue does not run on, back from it) and left from
/// its start; each word a walk may take is one example, annotated when the gold answer takes it, and the walk follows
/// the gold answer (it stops at the first word the gold leaves, as the model's likeliest walk stops at run time).
/// </summary>
public static class CueExtentTrainer
{
    /// <summary>Probability from which the cue takes the next word; chosen on held-out train (models/quotes.md), never on dev.</summary>
    public const double DefaultThreshold = 0.7;

    public sealed record Examples(List<(string[] Features, bool Positive)> Rows, int Cues, int ExactBefore, int ExactReachable);

    /// <summary>The examples of <paramref name="articles"/> as <paramref name="extractor"/> (without an extent model) finds their cues.</summary>
    public static Examples Collect(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var rows = new List<(string[], bool)>();
        int cues = 0, exactBefore = 0, exactAfter = 0;
        foreach (var p in articles)
        {
            var tokens = p.Document.Tokens;
            var golds = p.Article.Attributions.SelectMany(a => a.Cue).Select(g => SpanScore.Normalise(p.Article.Text, [g])).SelectMany(g => g).ToList();
            var drafts = extractor.Extract(p.Document);
            foreach (var draft in drafts)
            {
                if (draft.Cue is not { } cue) continue;
                var gold = golds.Where(g => g.Overlaps(cue)).Select(g => (TextSpan?)g).MaxBy(g => Math.Min(g!.Value.End, cue.End) - Math.Max(g.Value.Start, cue.Start));
                if (gold is not { } g) continue;
                cues++;
                if (g == cue) exactBefore++;
                int end = -1;
                foreach (var step in CueExtent.Steps(p.Document, drafts, draft))
                {
                    bool inside = tokens.StartAt(step.Token) < g.End;
                    rows.Add((step.Features, inside));
                    if (!inside) break;
                    end = step.Token + 1;
                }
                if (end > 0) CueExtent.Extend(p.Document, draft, end);
                else
                {
                    int last = -1;
                    foreach (var step in CueExtent.ShrinkSteps(p.Document, draft))
                    {
                        bool outside = tokens.StartAt(step.Token) >= g.End;
                        rows.Add((step.Features, outside));
                        if (!outside) break;
                        last = step.Token;
                    }
                    if (last > 0) CueExtent.ShrinkTo(p.Document, draft, last);
                }
                int start = -1;
                foreach (var step in CueExtent.LeftSteps(p.Document, drafts, draft))
                {
                    bool inside = tokens.EndAt(step.Token) > g.Start;
                    rows.Add((step.Features, inside));
                    if (!inside) break;
                    start = step.Token;
                }
                if (start >= 0) CueExtent.StartAt(p.Document, draft, start);
                if (draft.Cue == g) exactAfter++;
            }
        }
        return new Examples(rows, cues, exactBefore, exactAfter);
    }

    /// <summary>The model's weights and a one-line summary of what it was learned from.</summary>
    public static (Dictionary<string, float> Weights, string About) Train(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var examples = Collect(articles, extractor);
        var weights = LogisticRegressionTrainer.Train(examples.Rows);
        string about = string.Create(CultureInfo.InvariantCulture,
            $"{examples.Cues} cues overlapping a gold cue ({examples.ExactBefore} exact as the rules end them, {examples.ExactReachable} with the gold walk); {examples.Rows.Count} steps, {examples.Rows.Count(r => r.Positive)} taken; {weights.Count} weights");
        return (weights, about);
    }

    /// <summary>
    /// `dossier train quotes --cue-extent`: the extent model from all of <paramref name="split"/>, over the cues the shipped
    /// table and classifier find, written to <paramref name="modelsDirectory"/>; the other two model files are left alone.
    /// </summary>
    public static string TrainShipped(string polnearRoot, string split, string modelsDirectory, double threshold, TextWriter log) =>
        ShippedQuoteModel.Train(polnearRoot, split, modelsDirectory, threshold, log, CueExtent.FileName,
            "Cue extent model learned from PolNeAR train by `dossier train quotes --cue-extent` (see models/quotes.md).",
            () => new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.LoadDefault(), Classifier = CueClassifier.LoadDefault() }, Train);
}
