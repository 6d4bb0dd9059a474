using System.Globalization;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Learns <see cref="SourceExtent"/>'s model from PolNeAR train (never dev): every speaker span the extractor finds that
/// overlaps a gold source walks at its right edge (grow, or when the gold does not run on, shrink) and at its left edge;
/// each token a walk may take or give up is one example, annotated when the gold answer does so, and the walk follows the
/// gold answer (it stops at the first token the gold disagrees with, as the likeliest walk stops at run time).
/// </summary>
public static class SourceExtentTrainer
{
    /// <summary>Probability from which a walk's steps beat staying; chosen on held-out train (models/quotes.md), never on dev.</summary>
    public const double DefaultThreshold = 0.7;

    public sealed record Examples(List<(string[] Features, bool Positive)> Rows, int Sources, int ExactBefore, int ExactReachable);

    /// <summary>The examples of <paramref name="articles"/> as <paramref name="extractor"/> (without a source extent model) finds their sources.</summary>
    public static Examples Collect(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var rows = new List<(string[], bool)>();
        int sources = 0, exactBefore = 0, exactAfter = 0;
        foreach (var p in articles)
        {
            var tokens = p.Document.Tokens;
            var golds = SpanScore.Normalise(p.Article.Text, p.Article.Attributions.SelectMany(a => a.Source));
            var drafts = extractor.Extract(p.Document);
            foreach (var draft in drafts)
            {
                if (draft.Speaker is not { } speaker) continue;
                var gold = golds.Where(g => g.Overlaps(speaker)).Select(g => (TextSpan?)g).MaxBy(g => Math.Min(g!.Value.End, speaker.End) - Math.Max(g.Value.Start, speaker.Start));
                if (gold is not { } g) continue;
                sources++;
                if (g == speaker) exactBefore++;
                int end = Walk(rows, SourceExtent.Steps(p.Document, drafts, draft, SourceExtent.Edge.GrowRight), k => tokens.StartAt(k) < g.End);
                if (end >= 0) SourceExtent.EndAt(p.Document, draft, end + 1);
                else if (Walk(rows, SourceExtent.Steps(p.Document, drafts, draft, SourceExtent.Edge.ShrinkRight), k => tokens.StartAt(k) >= g.End) is var cut and >= 0)
                    SourceExtent.EndAt(p.Document, draft, cut);
                int start = Walk(rows, SourceExtent.Steps(p.Document, drafts, draft, SourceExtent.Edge.GrowLeft), k => tokens.EndAt(k) > g.Start);
                if (start >= 0) SourceExtent.StartAt(p.Document, draft, start);
                else if (Walk(rows, SourceExtent.Steps(p.Document, drafts, draft, SourceExtent.Edge.ShrinkLeft), k => tokens.EndAt(k) <= g.Start) is var first and >= 0)
                    SourceExtent.StartAt(p.Document, draft, first + 1);
                if (draft.Speaker == g) exactAfter++;
            }
        }
        return new Examples(rows, sources, exactBefore, exactAfter);
    }

    /// <summary>Adds the walk's steps up to the first the gold refuses; the last token the gold takes, or -1.</summary>
    private static int Walk(List<(string[], bool)> rows, List<CueExtent.WalkStep> steps, Func<int, bool> gold)
    {
        int last = -1;
        foreach (var step in steps)
        {
            bool take = gold(step.Token);
            rows.Add((step.Features, take));
            if (!take) break;
            last = step.Token;
        }
        return last;
    }

    /// <summary>The model's weights and a one-line summary of what it was learned from.</summary>
    public static (Dictionary<string, float> Weights, string About) Train(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var examples = Collect(articles, extractor);
        var weights = LogisticRegressionTrainer.Train(examples.Rows);
        string about = string.Create(CultureInfo.InvariantCulture,
            $"{examples.Sources} sources overlapping a gold source ({examples.ExactBefore} exact as the rules end them, {examples.ExactReachable} with the gold walks); {examples.Rows.Count} steps, {examples.Rows.Count(r => r.Positive)} taken; {weights.Count} weights");
        return (weights, about);
    }

    /// <summary>
    /// `dossier train quotes --source-extent`: the source extent model from all of <paramref name="split"/>, over the
    /// sources the shipped table, classifier, cue and content extent models find, written to <paramref name="modelsDirectory"/>.
    /// </summary>
    public static string TrainShipped(string polnearRoot, string split, string modelsDirectory, double threshold, TextWriter log) =>
        ShippedQuoteModel.Train(polnearRoot, split, modelsDirectory, threshold, log, SourceExtent.FileName,
            "Source extent model learned from PolNeAR train by `dossier train quotes --source-extent` (see models/quotes.md).",
            () => new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.LoadDefault(), Classifier = CueClassifier.LoadDefault(), CueExtent = CueExtent.LoadDefault(), ContentExtent = ContentExtent.LoadDefault() }, Train);
}
