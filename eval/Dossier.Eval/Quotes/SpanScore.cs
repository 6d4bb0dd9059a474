using Dossier.Model;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Exact and token-overlap scores for one role (source, cue or content) over a corpus. Each contiguous fragment is
/// a unit, trimmed of white space. Exact: a predicted unit counts when a gold unit has the same offsets.
/// Overlap (proportional, as Johansson &amp; Moschitti): each predicted unit earns the largest share of its word
/// tokens covered by one gold unit (precision), each gold unit the largest share covered by one prediction (recall).
/// Word tokens are maximal runs of letters and digits, so white space and punctuation do not count.
/// </summary>
public sealed class SpanScore
{
    private long _tp, _fp, _fn;
    private double _overlapPrecisionSum, _overlapRecallSum;
    private long _predicted, _gold;

    public PrfCounts Exact => new(_tp, _fp, _fn);

    public double OverlapPrecision => _predicted == 0 ? 0 : _overlapPrecisionSum / _predicted;
    public double OverlapRecall => _gold == 0 ? 0 : _overlapRecallSum / _gold;
    public double OverlapF1 => OverlapPrecision + OverlapRecall == 0 ? 0 : 2 * OverlapPrecision * OverlapRecall / (OverlapPrecision + OverlapRecall);

    public void Add(WordIndex words, IEnumerable<TextSpan> gold, IEnumerable<TextSpan> predicted)
    {
        var g = Normalise(words.Text, gold);
        var p = Normalise(words.Text, predicted);
        int tp = p.Count(g.Contains);
        _tp += tp;
        _fp += p.Count - tp;
        _fn += g.Count - tp;
        _predicted += p.Count;
        _gold += g.Count;
        foreach (var span in p) _overlapPrecisionSum += BestShare(words, span, g);
        foreach (var span in g) _overlapRecallSum += BestShare(words, span, p);
    }

    private static double BestShare(WordIndex words, TextSpan unit, List<TextSpan> others)
    {
        var (a0, a1) = words.Range(unit);
        int size = a1 - a0;
        if (size <= 0) return others.Exists(o => o.Overlaps(unit)) ? 1 : 0;
        int best = 0;
        foreach (var o in others)
        {
            if (!o.Overlaps(unit)) continue;
            var (b0, b1) = words.Range(o);
            best = Math.Max(best, Math.Min(a1, b1) - Math.Max(a0, b0));
        }
        return (double)best / size;
    }

    internal static List<TextSpan> Normalise(string text, IEnumerable<TextSpan> spans)
    {
        var set = new HashSet<TextSpan>();
        foreach (var s in spans)
        {
            int a = s.Start, b = s.End;
            while (a < b && (char.IsWhiteSpace(text[a]) || text[a] == '\uFEFF')) a++;
            while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
            if (b > a) set.Add(new TextSpan(a, b));
        }
        return [.. set];
    }
}

/// <summary>Word-token numbering of a text, so a span's words are a contiguous range of ids.</summary>
public sealed class WordIndex
{
    private readonly int[] _wordsBefore;

    public WordIndex(string text)
    {
        Text = text;
        _wordsBefore = new int[text.Length + 1];
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            _wordsBefore[i] = count;
            bool word = char.IsLetterOrDigit(text[i]);
            bool starts = word && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            if (starts) count++;
            _wordsBefore[i] = starts ? count - 1 : (word ? count - 1 : count);
        }
        _wordsBefore[text.Length] = count;
    }

    public string Text { get; }

    /// <summary>Ids [first, end) of the words a span touches.</summary>
    public (int First, int End) Range(TextSpan span)
    {
        if (span.IsEmpty) return (0, 0);
        int first = _wordsBefore[span.Start];
        int last = span.End - 1;
        int end = char.IsLetterOrDigit(Text[last]) ? _wordsBefore[last] + 1 : _wordsBefore[last];
        return (first, Math.Max(first, end));
    }
}
