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
        var scorer = new StepScorer(model);
        foreach (var draft in drafts)
        {
            scorer.Clear(model.Threshold);
            Walk(document, drafts, draft, scorer);
            int end = Likeliest(scorer);
            if (end > 0) Extend(document, draft, end);
            else
            {
                scorer.Clear(model.Threshold);
                ShrinkWalk(document, draft, scorer);
                if (Likeliest(scorer) is var last and > 0) ShrinkTo(document, draft, last - 1);
            }
            scorer.Clear(model.Threshold);
            LeftWalk(document, drafts, draft, scorer);
            int start = Likeliest(scorer);
            if (start > 0) StartAt(document, draft, start - 1);
            TakeWeekday(document, drafts, draft);
        }
    }

    /// <summary>The words of a time of day a weekday may carry in the cue ("tweeted Tuesday night").</summary>
    private static readonly string[] DayParts = ["night", "morning", "afternoon", "evening"];

    /// <summary>
    /// A weekday right after a cue verb other than "say" is the cue's ("announced Saturday", "tweeted Tuesday night"):
    /// PolNeAR takes it about three times in four there (held-out train), too seldom for the model's 0.7 threshold,
    /// which weighs it with "said Sunday" (about even).
    /// </summary>
    internal static void TakeWeekday(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft)
    {
        if (draft.Cue is not { } cueSpan || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return;
        int last = cue.End - 1, day = cue.End;
        if (syntax.PosAt(last) != UniversalPos.Verb || syntax.LemmaAt(last).Equals("say", StringComparison.OrdinalIgnoreCase)) return;
        if (!Free(day) || !WordClasses.Weekdays.Has(tokens.TextAt(day).ToString().ToLowerInvariant())) return;
        int end = day + 1;
        if (Free(end) && DayParts.Contains(tokens.TextAt(end).ToString().ToLowerInvariant())) end++;
        Extend(document, draft, end);

        bool Free(int k)
        {
            if (k >= tokens.Count || document.Sentences.IndexOfToken(k) != document.Sentences.IndexOfToken(last)) return false;
            var span = tokens.SpanAt(k);
            return !(draft.Speaker is { } speaker && speaker.Overlaps(span)) && !draft.Content.Exists(c => c.Overlaps(span)) && !OtherDraftHolds(drafts, draft, span);
        }
    }

    /// <summary>The token after the last step of the likeliest walk <paramref name="scorer"/> scored (<see cref="LikeliestWalk"/>), or -1 to stay.</summary>
    internal static int Likeliest(StepScorer scorer) => scorer.Walk.End;

    /// <summary>A word the cue may take next, with the features of taking it.</summary>
    public readonly record struct WalkStep(int Token, string[] Features);

    /// <summary>
    /// The words right of the draft's cue that it may take, in order, each with the features of taking it after all
    /// before it: the walk stops at punctuation, the speaker, any other draft's span, and inside the content (only its
    /// first word, of a one-fragment unquoted content, with enough left).
    /// </summary>
    public static List<WalkStep> Steps(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft)
    {
        var collector = new StepCollector();
        Walk(document, drafts, draft, collector);
        return collector.Steps;
    }

    /// <summary>The right walk of <see cref="Steps"/>, each step's features written to <paramref name="sink"/>.</summary>
    private static void Walk(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, StepSink sink)
    {
        if (draft.Cue is not { } cueSpan || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return;
        int sentence = document.Sentences.IndexOfToken(cue.Start);
        int sentenceEnd = document.Sentences.TokensAt(sentence).End;
        int head = HeadOf(syntax, cue);
        var content = draft.Content.Count == 1 && draft.Type != QuoteType.Direct ? tokens.ToTokenRange(draft.Content[0], SpanAlignment.Expand) : null;
        bool contentAfter = draft.Content.Count > 0 && draft.Content[0].Start >= cueSpan.End;
        bool speakerAfter = draft.Speaker is { } sp && sp.Start >= cueSpan.End;
        for (int k = cue.End; k < sentenceEnd && k < cue.End + MaxExtension && !sink.Done; k++)
        {
            if (tokens.KindAt(k) is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Symbol) break;
            var span = tokens.SpanAt(k);
            if (draft.Speaker is { } speaker && speaker.Overlaps(span)) break;
            bool intoContent = draft.Content.Exists(c => c.Overlaps(span));
            if (intoContent && (content is not { } c || k != c.Start || WordsIn(tokens, k + 1, c.End) < MinContentLeft)) break;
            if (OtherDraftHolds(drafts, draft, span)) break;
            Features(sink, document, syntax, draft, cue.Start, cue.End, k, head, content, contentAfter, speakerAfter, sentenceEnd);
            sink.EndStep(k);
            if (intoContent) content = new TokenRange(k + 1, content!.Value.End);
        }
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
        var collector = new StepCollector();
        LeftWalk(document, drafts, draft, collector);
        return collector.Steps;
    }

    /// <summary>The left walk of <see cref="LeftSteps"/>, each step's features written to <paramref name="sink"/>.</summary>
    private static void LeftWalk(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, StepSink sink)
    {
        if (draft.Cue is not { } cueSpan || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return;
        int sentenceStart = document.Sentences.TokensAt(document.Sentences.IndexOfToken(cue.Start)).Start;
        int head = HeadOf(syntax, cue);
        string cueLemma = syntax.LemmaAt(head).ToLowerInvariant();
        bool speakerBefore = draft.Speaker is { } sp && sp.End <= cueSpan.Start;
        for (int k = cue.Start - 1; k >= sentenceStart && k >= cue.Start - MaxExtension && !sink.Done; k--)
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
            string grown = Number(Math.Min(cue.Start - 1 - k, 3));
            WordFeatures(sink, "L:", word, lemma, pos, relation, attachment, cueLemma);
            sink.Add("L:w|nw=", word, "|", tokens.TextAt(k + 1).ToString().ToLowerInvariant());
            sink.Add("L:bw=", before);
            sink.Add("L:bp=", k - 1 >= sentenceStart ? SyntaxLabels.Name(syntax.PosAt(k - 1)) : "<s>");
            sink.Add("L:g=", grown);
            sink.Add("L:g|p=", grown, "|", pos);
            sink.Add("L:t=", draft.Type.ToString());
            sink.Add("L:speaker=", speakerBefore ? (draft.Speaker!.Value.End <= span.Start ? "before" : "earlier") : "none");
            if (governor >= 0 && governor < k) sink.Add("L:gl=", syntax.LemmaAt(governor).ToLowerInvariant());
            sink.EndStep(k);
        }
    }

    /// <summary>
    /// The words at the end of the draft's cue, after its head, that it may give up, last first ("said | in a statement",
    /// "see X | as", "Asked | about"): each step drops one more word.
    /// </summary>
    public static List<WalkStep> ShrinkSteps(Document document, QuoteDraft draft)
    {
        var collector = new StepCollector();
        ShrinkWalk(document, draft, collector);
        return collector.Steps;
    }

    /// <summary>The walk of <see cref="ShrinkSteps"/>, each step's features written to <paramref name="sink"/>.</summary>
    private static void ShrinkWalk(Document document, QuoteDraft draft, StepSink sink)
    {
        if (draft.Cue is not { } cueSpan || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return;
        int head = HeadOf(syntax, cue);
        string cueLemma = syntax.LemmaAt(head).ToLowerInvariant();
        bool contentNext = draft.Content.Count > 0 && draft.Content[0].Start >= cueSpan.End && tokens.IndexAt(draft.Content[0].Start) <= cue.End + 1;
        for (int k = cue.End - 1; k > head && k > cue.End - 1 - MaxExtension && !sink.Done; k--)
        {
            string word = tokens.TextAt(k).ToString().ToLowerInvariant();
            string pos = SyntaxLabels.Name(syntax.PosAt(k));
            int governor = syntax.HeadAt(k);
            string attachment = governor == head ? "cuehead" : governor > head && governor < k ? "cue" : governor < head ? "left" : "right";
            string dropped = Number(Math.Min(cue.End - 1 - k, 3));
            string next = contentNext ? "next" : "other";
            sink.Add("S:bias");
            sink.Add("S:w=", word);
            sink.Add("S:l=", syntax.LemmaAt(k).ToLowerInvariant());
            sink.Add("S:p=", pos);
            sink.Add("S:r=", SyntaxLabels.Name(syntax.RelationAt(k)));
            sink.Add("S:a=", attachment);
            sink.Add("S:cl=", cueLemma);
            sink.Add("S:cl|w=", cueLemma, "|", word);
            sink.Add("S:d=", dropped);
            sink.Add("S:d|p=", dropped, "|", pos);
            sink.Add("S:n=", Number(Math.Min(k - head, 4)));
            sink.Add("S:c=", next);
            sink.Add("S:c|w=", next, "|", word);
            sink.Add("S:t=", draft.Type.ToString());
            sink.EndStep(k);
        }
    }

    /// <summary>Ends the draft's cue before token <paramref name="end"/>.</summary>
    public static void ShrinkTo(Document document, QuoteDraft draft, int end) =>
        draft.Cue = new TextSpan(draft.Cue!.Value.Start, document.Tokens.EndAt(end - 1));

    /// <summary>Starts the draft's cue at token <paramref name="start"/>.</summary>
    public static void StartAt(Document document, QuoteDraft draft, int start) =>
        draft.Cue = new TextSpan(document.Tokens.StartAt(start), draft.Cue!.Value.End);

    /// <summary>The features of a word both the right and the left walk weigh, under <paramref name="prefix"/>.</summary>
    private static void WordFeatures(StepSink sink, string prefix, string word, string lemma, string pos, string relation, string attachment, string cueLemma)
    {
        sink.Add(prefix, "bias");
        sink.Add(prefix, "w=", word);
        sink.Add(prefix, "l=", lemma);
        sink.Add(prefix, "p=", pos);
        sink.Add(prefix, "r=", relation);
        sink.Add(prefix, "a=", attachment);
        sink.Add(prefix, "a|r=", attachment, "|", relation);
        sink.Add(prefix, "cl=", cueLemma);
        sink.Add(prefix, "cl|l=", cueLemma, "|", lemma);
    }

    /// <summary>A small count as a feature value, as string concatenation writes it ("3").</summary>
    internal static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
    private static void Features(StepSink sink, Document document, SyntaxLayer syntax, QuoteDraft draft, int start, int origin, int k, int head, TokenRange? content, bool contentAfter, bool speakerAfter, int sentenceEnd)
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
        string grown = Number(Math.Min(k - origin, 3));
        WordFeatures(sink, "", word, lemma, pos, relation, attachment, cueLemma);
        sink.Add("cl|p=", cueLemma, "|", pos);
        sink.Add("pw|w=", previous, "|", word);
        sink.Add("g=", grown);
        sink.Add("g|p=", grown, "|", pos);
        sink.Add("t=", draft.Type.ToString());
        if (governor > k)
        {
            string governorLemma = syntax.LemmaAt(governor).ToLowerInvariant();
            sink.Add("gl=", governorLemma);
            sink.Add("gp=", SyntaxLabels.Name(syntax.PosAt(governor)));
            sink.Add("w|gl=", word, "|", governorLemma);
            // "in | a statement" hangs from the cue verb as an oblique; "that | …" opens its complement.
            sink.Add("gr=", SyntaxLabels.Name(syntax.RelationAt(governor)), "|", syntax.HeadAt(governor) == head ? "cue" : "other");
        }
        if (k + 1 < sentenceEnd)
        {
            string nextPos = SyntaxLabels.Name(syntax.PosAt(k + 1));
            sink.Add("nw=", tokens.TextAt(k + 1).ToString().ToLowerInvariant());
            sink.Add("np=", nextPos);
            sink.Add("p|np=", pos, "|", nextPos);
            sink.Add("cl|nl=", cueLemma, "|", syntax.LemmaAt(k + 1).ToLowerInvariant());
            if (k + 2 < sentenceEnd) sink.Add("nw2=", tokens.TextAt(k + 2).ToString().ToLowerInvariant());
        }
        else sink.Add("nw=</s>");
        // Taking the content's own head would leave it headless: "start-head" apart from its other first words.
        string where = !contentAfter ? "before" : content is { } c && c.Start == k ? (c.Contains(governor) ? "start" : "start-head") : "gap";
        sink.Add("c=", where);
        sink.Add("c|p=", where, "|", pos);
        sink.Add("c|w=", where, "|", word);
        if (speakerAfter) sink.Add("speakerafter");
        // Whether the cue would be a closed phrase with this word: every word's head inside it but the cue head's.
        bool closed = true;
        for (int t = start; t <= k && closed; t++)
        {
            int h = syntax.HeadAt(t);
            if (t != head && (h < start || h > k)) closed = false;
        }
        string isClosed = closed.ToString();
        sink.Add("closed=", isClosed);
        sink.Add("closed|c=", isClosed, "|", where);
    }
}
