using System.Globalization;
using Dossier.Model;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Content boundaries of the attributions whose cue we found: a prediction is paired with the gold attribution that
/// has exactly its cue, and when the contents differ the miss is put in one class — which boundary is wrong (start
/// or end, early or late; by the outer extent of all fragments) and by what text (trailing punctuation, a "that", a
/// coordinated clause, an "according to" tail, a sentence or paragraph break …), or a different number of
/// fragments (a quote broken by its cue, content running over several sentences). Descriptive only: never gated.
/// </summary>
internal sealed class ContentBoundaryDiagnostic
{
    private readonly SortedDictionary<string, int> _classes = new(StringComparer.Ordinal);
    private int _paired, _exact, _goldCues, _predictions;

    /// <summary>One miss, for the held-out dump: its class, the gold and predicted contents (fragments joined by " | ").</summary>
    public sealed record Miss(string Class, string Gold, string Predicted, string Context);

    public IReadOnlyDictionary<string, int> Classes => _classes;

    public List<Miss> Add(Document document, IReadOnlyList<PolnearAttribution> gold, IReadOnlyList<PolnearView.Prediction> predictions)
    {
        var text = document.Text;
        var misses = new List<Miss>();
        var byCue = new Dictionary<string, PolnearAttribution>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            if (g.Cue.Count == 0) continue;
            _goldCues++;
            byCue.TryAdd(Key(text, g.Cue), g);
        }
        foreach (var p in predictions)
        {
            _predictions++;
            if (p.Cue.Count == 0 || !byCue.TryGetValue(Key(text, p.Cue), out var g)) continue;
            _paired++;
            var gc = Sorted(text, g.Content);
            var pc = Sorted(text, p.Content);
            if (gc.SequenceEqual(pc))
            {
                _exact++;
                continue;
            }
            var cls = Classify(document, gc, pc, g.Cue);
            _classes[cls] = _classes.GetValueOrDefault(cls) + 1;
            misses.Add(new Miss(cls, Join(text, gc), Join(text, pc), Context(document, Math.Min(Start(gc, p.Cue[0]), Start(pc, p.Cue[0])), Math.Max(End(gc, p.Cue[0]), End(pc, p.Cue[0])))));
        }
        return misses;
    }

    /// <summary>The table as report lines, largest classes first.</summary>
    public IEnumerable<string> Lines()
    {
        yield return string.Create(CultureInfo.InvariantCulture,
            $"content boundaries: {_paired} of {_predictions} predictions have a gold cue exactly ({_goldCues} gold cues); content exact for {_exact} ({Share(_exact, _paired)}), wrong for {_paired - _exact}");
        foreach (var (cls, n) in _classes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            yield return string.Create(CultureInfo.InvariantCulture, $"  {cls,-40} {n,5}  {Share(n, _paired - _exact)}");
    }

    private static string Share(int n, int of) => of == 0 ? "-" : ((double)n / of).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Key(string text, IEnumerable<TextSpan> spans) =>
        string.Join(';', Sorted(text, spans).Select(s => s.Start.ToString(CultureInfo.InvariantCulture) + "-" + s.End.ToString(CultureInfo.InvariantCulture)));

    private static List<TextSpan> Sorted(string text, IEnumerable<TextSpan> spans) => [.. SpanScore.Normalise(text, spans).OrderBy(s => s.Start)];

    private static int Start(List<TextSpan> spans, TextSpan cue) => spans.Count == 0 ? cue.Start : Math.Min(cue.Start, spans[0].Start);

    private static int End(List<TextSpan> spans, TextSpan cue) => spans.Count == 0 ? cue.End : Math.Max(cue.End, spans[^1].End);

    /// <summary>The sentences around [a, b), with the cue's surroundings for reading the dump.</summary>
    private static string Context(Document document, int a, int b)
    {
        var sentences = document.Sentences;
        int start = a, end = b;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences.SpanAt(i);
            if (s.End <= a || s.Start >= b) continue;
            start = Math.Min(start, s.Start);
            end = Math.Max(end, s.End);
        }
        return document.Text[start..Math.Min(end, start + 800)];
    }

    private static string Join(string text, List<TextSpan> spans) => string.Join(" | ", spans.Select(s => text[s.Start..s.End]));

    private static string Classify(Document document, List<TextSpan> gold, List<TextSpan> predicted, IReadOnlyList<TextSpan> cue)
    {
        if (gold.Count == 0) return "gold has no content";
        if (predicted.Count == 0) return "prediction has no content";
        var text = document.Text;
        int gs = gold[0].Start, ge = gold[^1].End, ps = predicted[0].Start, pe = predicted[^1].End;
        if (ge <= ps || pe <= gs) return "disjoint (other side of the cue)";
        if (gold.Count != predicted.Count)
        {
            int cueAt = cue.Count > 0 ? cue[0].Start : -1;
            bool goldAroundCue = gold.Count > 1 && gs < cueAt && cueAt < ge;
            bool predAroundCue = predicted.Count > 1 && ps < cueAt && cueAt < pe;
            string what = goldAroundCue != predAroundCue
                ? (goldAroundCue ? "gold around the cue" : "predicted around the cue")
                : gold.Count > predicted.Count ? "gold has more fragments" : "prediction has more fragments";
            return "fragments: " + what + " (" + Math.Min(gold.Count, 3) + " vs " + Math.Min(predicted.Count, 3) + ")";
        }
        // Same number of fragments: the first boundary that differs, start before end.
        for (int i = 0; i < gold.Count; i++)
        {
            var (g, p) = (gold[i], predicted[i]);
            string where = gold.Count > 1 ? " (fragment)" : "";
            if (p.Start < g.Start) return "start early: " + Kind(document, p.Start, g.Start, atEnd: false) + where;
            if (p.Start > g.Start) return "start late: " + Kind(document, g.Start, p.Start, atEnd: false) + where;
            if (p.End > g.End) return "end late: " + Kind(document, g.End, p.End, atEnd: true) + where;
            if (p.End < g.End) return "end early: " + Kind(document, p.End, g.End, atEnd: true) + where;
        }
        return "other";
    }

    /// <summary>What the text [a, b) between the two boundaries is.</summary>
    private static string Kind(Document document, int a, int b, bool atEnd)
    {
        var text = document.Text;
        var stretch = text[a..b];
        var trimmed = stretch.Trim();
        if (trimmed.Length == 0 || trimmed.All(c => char.IsPunctuation(c) || char.IsSymbol(c)))
            return trimmed.Any(IsQuoteChar) ? "quotation mark" : "punctuation";
        if (stretch.Contains('\n')) return "paragraph break";
        if (CrossesSentence(document, a, b)) return "sentence break";
        var words = trimmed.TrimStart(',', ';', ':', '—', '–', '-', ' ').ToLowerInvariant();
        var first = new string(words.TakeWhile(char.IsLetter).ToArray());
        if (words.Contains("according to", StringComparison.Ordinal)) return "according to";
        if (!atEnd)
        {
            if (first is "that") return "that";
            if (first is "to" or "for" or "as" or "about" or "of" or "on" or "over" or "with" or "in" or "by") return "preposition";
            if (trimmed.Any(IsQuoteChar)) return "quoted words";
            return "words (" + WordBucket(trimmed) + ")";
        }
        if (first is "which" or "who" or "where" or "when" or "while" or "because" or "if" or "as" or "after" or "before" or "since" or "though" or "although" or "until" or "unless")
            return "subordinate clause (" + first + ")";
        if (first is "and" or "but" or "or") return (trimmed[0] == ',' ? "comma + " : "") + first;
        if (trimmed[0] == ',') return "comma + other";
        if (trimmed.Any(IsQuoteChar)) return "quoted words";
        return "words (" + WordBucket(trimmed) + ")";
    }

    private static string WordBucket(string s)
    {
        int n = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return n <= 2 ? "1-2" : n <= 6 ? "3-6" : "7+";
    }

    private static bool CrossesSentence(Document document, int a, int b)
    {
        var sentences = document.Sentences;
        for (int i = 0; i < sentences.Count; i++)
        {
            int s = sentences.SpanAt(i).Start;
            if (s > a && s < b) return true;
        }
        return false;
    }

    private static bool IsQuoteChar(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„';
}
