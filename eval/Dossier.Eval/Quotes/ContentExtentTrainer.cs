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

    /// <summary>The end walks' examples (<paramref name="Rows"/>) and the start walks' (<paramref name="StartRows"/>), learned apart.</summary>
    public sealed record Examples(List<(string[] Features, bool Positive)> Rows, List<(string[] Features, bool Positive)> StartRows, int Contents, int ExactBefore, int ExactReachable);

    /// <summary>The examples of <paramref name="articles"/> as <paramref name="extractor"/> (without a content extent model) finds their contents.</summary>
    public static Examples Collect(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var rows = new List<(string[], bool)>();
        var startRows = new List<(string[], bool)>();
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
                if (last.IsEmpty || GoldFragment(p, cue, last) is not { } g) continue;
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
            foreach (var draft in drafts)
            {
                AddSideExample(p, drafts, draft, startRows);
                AddStartExamples(p, drafts, draft, startRows);
            }
        }
        return new Examples(rows, startRows, contents, exactBefore, exactAfter);
    }

    /// <summary>
    /// The right side of a parenthetical attribution: one example, positive when the gold content of the attribution
    /// with the draft's cue overlaps the side and the draft lacks it, or does not and the draft has it; the draft then
    /// follows the gold.
    /// </summary>
    private static void AddSideExample(SyntacticCueTrainer.Parsed p, List<QuoteDraft> drafts, QuoteDraft draft, List<(string[], bool)> rows)
    {
        if (draft.Cue is not { } cue) return;
        if (ContentExtent.SideStep(p.Document, drafts, draft) is not var (side, step)) return;
        var text = p.Article.Text;
        var tokens = p.Document.Tokens;
        var attribution = p.Article.Attributions.FirstOrDefault(a => SpanScore.Normalise(text, a.Cue).Exists(g => g.Overlaps(cue)));
        if (attribution is null) return;
        int sideEnd = tokens.EndAt(side.End - 1);
        bool taken = step.Features.Contains("P-bias");
        // A gold fragment after the cue that reaches the side's last word takes the side in.
        bool gold = SpanScore.Normalise(text, attribution.Content).Exists(g => g.Start < sideEnd && g.End >= sideEnd && g.Start > cue.End);
        bool flip = taken != gold;
        rows.Add((step.Features, flip));
        if (flip) ContentExtent.ApplySide(p.Document, draft, side);
    }

    /// <summary>
    /// The start walks' examples of one draft whose cue overlaps a gold cue: its first fragment's start grows back while
    /// the gold start is no later, else drops words while the gold start is no earlier; the walk follows the gold.
    /// </summary>
    private static void AddStartExamples(SyntacticCueTrainer.Parsed p, List<QuoteDraft> drafts, QuoteDraft draft, List<(string[], bool)> rows)
    {
        if (draft.Cue is not { } cue || draft.Content.Count == 0) return;
        var text = p.Article.Text;
        var tokens = p.Document.Tokens;
        var first = SpanScore.Normalise(text, [draft.Content[0]]).FirstOrDefault();
        if (first.IsEmpty || GoldFragment(p, cue, first) is not { } g) return;
        int grown = -1;
        foreach (var step in ContentExtent.GrowStartSteps(p.Document, drafts, draft))
        {
            bool take = g.Start <= tokens.StartAt(step.Token);
            rows.Add((step.Features, take));
            if (!take) break;
            grown = step.Token;
        }
        if (grown >= 0)
        {
            ContentExtent.StartAt(p.Document, draft, grown);
            return;
        }
        foreach (var step in ContentExtent.DropStartSteps(p.Document, draft))
        {
            bool drop = g.Start >= tokens.StartAt(step.Token);
            rows.Add((step.Features, drop));
            if (!drop) break;
        }
    }

    /// <summary>The gold content fragment, of the attributions whose cue overlaps <paramref name="cue"/>, that overlaps <paramref name="fragment"/> most.</summary>
    private static TextSpan? GoldFragment(SyntacticCueTrainer.Parsed p, TextSpan cue, TextSpan fragment)
    {
        var text = p.Article.Text;
        return p.Article.Attributions
            .Where(a => SpanScore.Normalise(text, a.Cue).Exists(g => g.Overlaps(cue)))
            .SelectMany(a => SpanScore.Normalise(text, a.Content))
            .Where(g => g.Overlaps(fragment))
            .Select(g => (TextSpan?)g)
            .MaxBy(g => Math.Min(g!.Value.End, fragment.End) - Math.Max(g.Value.Start, fragment.Start));
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
        // Learned apart (their features are disjoint by prefix), so that the start walks leave the end walks' weights as they were.
        var weights = LogisticRegressionTrainer.Train(examples.Rows);
        foreach (var (f, v) in LogisticRegressionTrainer.Train(examples.StartRows)) weights[f] = v;
        string about = string.Create(CultureInfo.InvariantCulture,
            $"{examples.Contents} unquoted contents after a cue overlapping a gold one ({examples.ExactBefore} end exactly as the rules end them, {examples.ExactReachable} with the gold walk); {examples.Rows.Count} cuts, {examples.Rows.Count(r => r.Positive)} taken; {examples.StartRows.Count} start and side steps, {examples.StartRows.Count(r => r.Positive)} taken; {weights.Count} weights");
        return (weights, about);
    }

    /// <summary>
    /// `dossier train quotes --content-extent`: the content extent model from all of <paramref name="split"/>, over the
    /// attributions the shipped table, classifier and cue extent find, written to <paramref name="modelsDirectory"/>.
    /// </summary>
    public static string TrainShipped(string polnearRoot, string split, string modelsDirectory, double threshold, TextWriter log) =>
        ShippedQuoteModel.Train(polnearRoot, split, modelsDirectory, threshold, log, ContentExtent.FileName,
            "Content extent model learned from PolNeAR train by `dossier train quotes --content-extent` (see models/quotes.md).",
            () => new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.LoadDefault(), Classifier = CueClassifier.LoadDefault(), CueExtent = CueExtent.LoadDefault() }, Train);
}
