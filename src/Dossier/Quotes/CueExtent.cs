using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Where a found cue starts and ends, learned: PolNeAR runs a cue on through words whose annotation no single rule
/// predicts ("said Sunday" 99 times in the cue on train, "said | Sunday" 62; "declined to comment on", "said in a
/// statement", "expressed concern over"), starts it earlier ("went on to explain", "to declare") or ends it sooner than
/// the rules ("see | X as", "Asked | about"). From the extent the rules gave, three walks — right, then (when the cue
/// did not grow there) back from its end, and left — each take word after word; a logistic model (<see
/// cref="CueClassifier"/> over the features below, models/quotes-cue-extent.tsv, learned from PolNeAR train by
/// `dossier train quotes --cue-extent`, see models/quotes.md) gives each step its probability and the likeliest walk
/// wins. The walks stay in the clause: they stop at punctuation, at the speaker, at any other attribution's span, and
/// the right walk may take the first words of an unquoted content only when some content is left ("declined | to
/// comment on X" becomes "declined to comment on | X"): a content never overlaps its cue.
/// </summary>
public static class CueExtent
{
    public const string FileName = "quotes-cue-extent.tsv";

    /// <summary>Words a cue may grow by ("said in an interview with Fox News on Sunday" is 8).</summary>
    public const int MaxExtension = 8;

    /// <summary>Word tokens an unquoted content keeps at least when the cue takes its first words.</summary>
    private const int MinContentLeft = 2;

    /// <summary>The shipped model, or null when models/ does not hold it (cues keep the rules' extents).</summary>
    public static CueClassifier? LoadDefault() => CueClassifier.Load(FileName);

    /// <summary>Gives every draft's cue the extent <paramref name="model"/> finds likeliest.</summary>
    public static void Apply(Document document, List<QuoteDraft> drafts, CueClassifier model)
    {
        foreach (var draft in drafts)
        {
            int end = Likeliest(Steps(document, drafts, draft), model);
            if (end > 0) Extend(document, draft, end);
            else if (Likeliest(ShrinkSteps(document, draft), model) is var last and > 0) ShrinkTo(document, draft, last - 1);
            int start = Likeliest(LeftSteps(document, drafts, draft), model);
            if (start > 0) StartAt(document, draft, start - 1);
        }
    }

    /// <summary>
    /// The token after the last step of the likeliest walk (each word taken with its probability, then stopping), or -1
    /// to stay. Greedy thresholding would stop at the first doubtful word ("said in" is rare, "said in a statement"
    /// common). A walk must beat staying by the odds of the model's threshold: a wrong step spoils a cue the rules got
    /// right, a right one mends a cue that was wrong anyway only when the whole walk is right.
    /// </summary>
    internal static int Likeliest(List<WalkStep> steps, CueClassifier model) => Likeliest(steps, model, model.Threshold);

    /// <summary>As <see cref="Likeliest(List{WalkStep}, CueClassifier)"/>, with the odds of <paramref name="threshold"/>.</summary>
    internal static int Likeliest(List<WalkStep> steps, CueClassifier model, double threshold)
    {
        if (steps.Count == 0) return -1;
        var p = steps.Select(s => model.Probability(s.Features)).ToArray();
        double taken = 1, best = (1 - p[0]) * threshold / (1 - threshold);
        int end = -1;
        for (int i = 0; i < steps.Count; i++)
        {
            taken *= p[i];
            double path = taken * (i + 1 < steps.Count ? 1 - p[i + 1] : 1);
            if (path > best)
            {
                best = path;
                end = steps[i].Token + 1;
            }
        }
        return end;
    }

    /// <summary>A word the cue may take next, with the features of taking it.</summary>
    public readonly record struct WalkStep(int Token, string[] Features);

    /// <summary>
    /// The words right of the draft's cue that it may take, in order, each with the features of taking it after all
    /// before it: the walk stops at punctuation, the speaker, any other draft's span, and inside the content (only its
    /// first word, of a one-fragment unquoted content, with enough left).
    /// </summary>
    public static List<WalkStep> Steps(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft)
    {
        var steps = new List<WalkStep>();
        if (draft.Cue is not { } cueSpan || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return steps;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return steps;
        int sentence = document.Sentences.IndexOfToken(cue.Start);
        int sentenceEnd = document.Sentences.TokensAt(sentence).End;
        int head = HeadOf(syntax, cue);
        var content = draft.Content.Count == 1 && draft.Type != QuoteType.Direct ? tokens.ToTokenRange(draft.Content[0], SpanAlignment.Expand) : null;
        bool contentAfter = draft.Content.Count > 0 && draft.Content[0].Start >= cueSpan.End;
        bool speakerAfter = draft.Speaker is { } sp && sp.Start >= cueSpan.End;
        for (int k = cue.End; k < sentenceEnd && k < cue.End + MaxExtension; k++)
        {
            if (tokens.KindAt(k) is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Symbol) break;
            var span = tokens.SpanAt(k);
            if (draft.Speaker is { } speaker && speaker.Overlaps(span)) break;
            bool intoContent = draft.Content.Exists(c => c.Overlaps(span));
            if (intoContent && (content is not { } c || k != c.Start || WordsIn(tokens, k + 1, c.End) < MinContentLeft)) break;
            if (OtherDraftHolds(drafts, draft, span)) break;
            steps.Add(new WalkStep(k, Features(document, syntax, draft, cue.Start, cue.End, k, head, content, contentAfter, speakerAfter, sentenceEnd)));
            if (intoContent) content = new TokenRange(k + 1, content!.Value.End);
        }
        return steps;
    }

    /// <summary>Ends the draft's cue at token <paramref name="end"/> (exclusive); a content it ran into starts after it.</summary>
    public static void Extend(Document document, QuoteDraft draft, int end)
    {
        var tokens = document.Tokens;
        var cue = new TextSpan(draft.Cue!.Value.Start, tokens.EndAt(end - 1));
        draft.Cue = cue;
        if (draft.Content.Count > 0 && draft.Content[0].Overlaps(cue))
            draft.Content[0] = new TextSpan(tokens.StartAt(end), draft.Content[0].End);
    }

    /// <summary>
    /// The words left of the draft's cue that it may take, nearest first ("went on to | explain", "to | declare", "on
    /// Wednesday | announced"): the walk stops at punctuation, the speaker, the content and any other draft's span.
    /// </summary>
    public static List<WalkStep> LeftSteps(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft)
    {
        var steps = new List<WalkStep>();
        if (draft.Cue is not { } cueSpan || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return steps;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return steps;
        int sentenceStart = document.Sentences.TokensAt(document.Sentences.IndexOfToken(cue.Start)).Start;
        int head = HeadOf(syntax, cue);
        string cueLemma = syntax.LemmaAt(head).ToLowerInvariant();
        bool speakerBefore = draft.Speaker is { } sp && sp.End <= cueSpan.Start;
        for (int k = cue.Start - 1; k >= sentenceStart && k >= cue.Start - MaxExtension; k--)
        {
            if (tokens.KindAt(k) is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Symbol) break;
            var span = tokens.SpanAt(k);
            if (draft.Speaker is { } speaker && speaker.Overlaps(span) || draft.Content.Exists(c => c.Overlaps(span)) || OtherDraftHolds(drafts, draft, span)) break;
            string word = tokens.TextAt(k).ToString().ToLowerInvariant();
            string lemma = syntax.LemmaAt(k).ToLowerInvariant();
            string pos = SyntaxLabels.Name(syntax.PosAt(k));
            string relation = SyntaxLabels.Name(syntax.RelationAt(k));
            int governor = syntax.HeadAt(k);
            string attachment = governor < 0 ? "root" : governor == head ? "cuehead" : governor > k && governor < cue.End ? "cue" : governor < k ? "left" : "right";
            string before = k - 1 >= sentenceStart ? tokens.TextAt(k - 1).ToString().ToLowerInvariant() : "<s>";
            int grown = cue.Start - 1 - k;
            var features = WordFeatures("L:", word, lemma, pos, relation, attachment, cueLemma);
            features.AddRange(
            [
                "L:w|nw=" + word + "|" + tokens.TextAt(k + 1).ToString().ToLowerInvariant(),
                "L:bw=" + before,
                "L:bp=" + (k - 1 >= sentenceStart ? SyntaxLabels.Name(syntax.PosAt(k - 1)) : "<s>"),
                "L:g=" + Math.Min(grown, 3),
                "L:g|p=" + Math.Min(grown, 3) + "|" + pos,
                "L:t=" + draft.Type,
                "L:speaker=" + (speakerBefore ? (draft.Speaker!.Value.End <= span.Start ? "before" : "earlier") : "none"),
            ]);
            if (governor >= 0 && governor < k) features.Add("L:gl=" + syntax.LemmaAt(governor).ToLowerInvariant());
            steps.Add(new WalkStep(k, [.. features]));
        }
        return steps;
    }

    /// <summary>
    /// The words at the end of the draft's cue, after its head, that it may give up, last first ("said | in a statement",
    /// "see X | as", "Asked | about"): each step drops one more word.
    /// </summary>
    public static List<WalkStep> ShrinkSteps(Document document, QuoteDraft draft)
    {
        var steps = new List<WalkStep>();
        if (draft.Cue is not { } cueSpan || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return steps;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return steps;
        int head = HeadOf(syntax, cue);
        string cueLemma = syntax.LemmaAt(head).ToLowerInvariant();
        bool contentNext = draft.Content.Count > 0 && draft.Content[0].Start >= cueSpan.End && tokens.IndexAt(draft.Content[0].Start) <= cue.End + 1;
        for (int k = cue.End - 1; k > head && k > cue.End - 1 - MaxExtension; k--)
        {
            string word = tokens.TextAt(k).ToString().ToLowerInvariant();
            string pos = SyntaxLabels.Name(syntax.PosAt(k));
            int governor = syntax.HeadAt(k);
            string attachment = governor == head ? "cuehead" : governor > head && governor < k ? "cue" : governor < head ? "left" : "right";
            int dropped = cue.End - 1 - k;
            var features = new List<string>
            {
                "S:bias",
                "S:w=" + word,
                "S:l=" + syntax.LemmaAt(k).ToLowerInvariant(),
                "S:p=" + pos,
                "S:r=" + SyntaxLabels.Name(syntax.RelationAt(k)),
                "S:a=" + attachment,
                "S:cl=" + cueLemma,
                "S:cl|w=" + cueLemma + "|" + word,
                "S:d=" + Math.Min(dropped, 3),
                "S:d|p=" + Math.Min(dropped, 3) + "|" + pos,
                "S:n=" + Math.Min(k - head, 4),
                "S:c=" + (contentNext ? "next" : "other"),
                "S:c|w=" + (contentNext ? "next" : "other") + "|" + word,
                "S:t=" + draft.Type,
            };
            steps.Add(new WalkStep(k, [.. features]));
        }
        return steps;
    }

    /// <summary>Ends the draft's cue before token <paramref name="end"/>.</summary>
    public static void ShrinkTo(Document document, QuoteDraft draft, int end) =>
        draft.Cue = new TextSpan(draft.Cue!.Value.Start, document.Tokens.EndAt(end - 1));

    /// <summary>Starts the draft's cue at token <paramref name="start"/>.</summary>
    public static void StartAt(Document document, QuoteDraft draft, int start) =>
        draft.Cue = new TextSpan(document.Tokens.StartAt(start), draft.Cue!.Value.End);

    /// <summary>The features of a word both the right and the left walk weigh, under <paramref name="prefix"/>.</summary>
    private static List<string> WordFeatures(string prefix, string word, string lemma, string pos, string relation, string attachment, string cueLemma) =>
    [
        prefix + "bias",
        prefix + "w=" + word,
        prefix + "l=" + lemma,
        prefix + "p=" + pos,
        prefix + "r=" + relation,
        prefix + "a=" + attachment,
        prefix + "a|r=" + attachment + "|" + relation,
        prefix + "cl=" + cueLemma,
        prefix + "cl|l=" + cueLemma + "|" + lemma,
    ];

    /// <summary>The cue's head: its first token whose syntactic head lies outside it.</summary>
    internal static int HeadOf(SyntaxLayer syntax, TokenRange cue)
    {
        for (int t = cue.Start; t < cue.End; t++)
        {
            if (!cue.Contains(syntax.HeadAt(t))) return t;
        }
        return cue.Start;
    }

    internal static int WordsIn(TokenLayer tokens, int start, int end)
    {
        int words = 0;
        for (int t = start; t < end; t++)
        {
            if (tokens.KindAt(t) is not (TokenKind.Punctuation or TokenKind.Quote or TokenKind.Symbol)) words++;
        }
        return words;
    }

    internal static bool OtherDraftHolds(IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, TextSpan span)
    {
        foreach (var d in drafts)
        {
            if (d == draft) continue;
            if (d.Cue is { } c && c.Overlaps(span) || d.Speaker is { } s && s.Overlaps(span) || d.Content.Exists(x => x.Overlaps(span))) return true;
        }
        return false;
    }

    /// <summary>The features of taking token <paramref name="k"/> into the cue [<paramref name="start"/>, k).</summary>
    private static string[] Features(Document document, SyntaxLayer syntax, QuoteDraft draft, int start, int origin, int k, int head, TokenRange? content, bool contentAfter, bool speakerAfter, int sentenceEnd)
    {
        var tokens = document.Tokens;
        string word = tokens.TextAt(k).ToString().ToLowerInvariant();
        string lemma = syntax.LemmaAt(k).ToLowerInvariant();
        string pos = SyntaxLabels.Name(syntax.PosAt(k));
        string relation = SyntaxLabels.Name(syntax.RelationAt(k));
        string cueLemma = syntax.LemmaAt(head).ToLowerInvariant();
        string previous = tokens.TextAt(k - 1).ToString().ToLowerInvariant();
        int governor = syntax.HeadAt(k);
        string attachment = governor < 0 ? "root" : governor == head ? "cuehead" : governor >= start && governor < k ? "cue" : governor > k ? "right" : "left";
        int grown = k - origin;
        var features = WordFeatures("", word, lemma, pos, relation, attachment, cueLemma);
        features.AddRange(
        [
            "cl|p=" + cueLemma + "|" + pos,
            "pw|w=" + previous + "|" + word,
            "g=" + Math.Min(grown, 3),
            "g|p=" + Math.Min(grown, 3) + "|" + pos,
            "t=" + draft.Type,
        ]);
        if (governor > k)
        {
            features.Add("gl=" + syntax.LemmaAt(governor).ToLowerInvariant());
            features.Add("gp=" + SyntaxLabels.Name(syntax.PosAt(governor)));
            features.Add("w|gl=" + word + "|" + syntax.LemmaAt(governor).ToLowerInvariant());
            // "in | a statement" hangs from the cue verb as an oblique; "that | …" opens its complement.
            features.Add("gr=" + SyntaxLabels.Name(syntax.RelationAt(governor)) + "|" + (syntax.HeadAt(governor) == head ? "cue" : "other"));
        }
        if (k + 1 < sentenceEnd)
        {
            features.Add("nw=" + tokens.TextAt(k + 1).ToString().ToLowerInvariant());
            features.Add("np=" + SyntaxLabels.Name(syntax.PosAt(k + 1)));
            features.Add("p|np=" + pos + "|" + SyntaxLabels.Name(syntax.PosAt(k + 1)));
            features.Add("cl|nl=" + cueLemma + "|" + syntax.LemmaAt(k + 1).ToLowerInvariant());
            if (k + 2 < sentenceEnd) features.Add("nw2=" + tokens.TextAt(k + 2).ToString().ToLowerInvariant());
        }
        else features.Add("nw=</s>");
        // Taking the content's own head would leave it headless: "start-head" apart from its other first words.
        string where = !contentAfter ? "before" : content is { } c && c.Start == k ? (c.Contains(governor) ? "start" : "start-head") : "gap";
        features.Add("c=" + where);
        features.Add("c|p=" + where + "|" + pos);
        features.Add("c|w=" + where + "|" + word);
        if (speakerAfter) features.Add("speakerafter");
        // Whether the cue would be a closed phrase with this word: every word's head inside it but the cue head's.
        bool closed = true;
        for (int t = start; t <= k && closed; t++)
        {
            int h = syntax.HeadAt(t);
            if (t != head && (h < start || h > k)) closed = false;
        }
        features.Add("closed=" + closed);
        features.Add("closed|c=" + closed + "|" + where);
        return [.. features];
    }
}
