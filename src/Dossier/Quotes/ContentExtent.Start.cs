using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Where an unquoted content starts, learned like its end: PolNeAR leaves the addressee out of "told readers to guess …",
/// "asked Sanders if …", "urged voters not to …" about as often as it keeps it in "urged voters to recall …", "called Obama
/// a petulant child", and drops a leading "But" / "And" or a dateline of content before its cue ("But California has
/// seen …, she said") — no single rule wins. From the first fragment's start as the rules and the end walks leave it, a
/// walk may grow it back over the words between the cue and the content ("S+" features), else a walk drops its first
/// words one by one ("S-"); each step's probability comes from the content extent model and the likeliest walk wins
/// when it beats staying by the threshold's odds. Never into or across quotation marks or another attribution.
/// </summary>
public static partial class ContentExtent
{
    /// <summary>Words a start walk takes or drops at most: the addressee, a conjunction, a dateline, "that".</summary>
    private const int MaxStartSteps = 4;

    /// <summary>The threshold whose odds a walk that grows the start back must beat (chosen on held-out train, never dev).</summary>
    public const double GrowStartThreshold = 0.5;

    /// <summary>Starts every unquoted content's first fragment where <paramref name="scorer"/>'s model finds it likeliest.</summary>
    private static void ApplyStart(Document document, List<QuoteDraft> drafts, QuoteDraft draft, StepScorer scorer)
    {
        // A model learned before the start walks has none of their weights: it leaves the rules' start.
        if (!scorer.Model.Knows("S-bias")) return;
        scorer.Clear(GrowStartThreshold);
        GrowStartWalk(document, drafts, draft, scorer);
        if (CueExtent.Likeliest(scorer) is var grown and > 0)
        {
            StartAt(document, draft, grown - 1);
            return;
        }
        scorer.Clear(scorer.Model.Threshold);
        DropStartWalk(document, draft, scorer);
        if (CueExtent.Likeliest(scorer) is var dropped and > 0) StartAt(document, draft, dropped - 1);
    }

    /// <summary>The steps of growing the first fragment's start back towards the cue, nearest word first (training, tests).</summary>
    public static List<CueExtent.WalkStep> GrowStartSteps(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft)
    {
        var collector = new StepCollector();
        GrowStartWalk(document, drafts, draft, collector);
        return collector.Steps;
    }

    /// <summary>The steps of dropping the first fragment's first words, one word (and the punctuation after it) a step (training, tests).</summary>
    public static List<CueExtent.WalkStep> DropStartSteps(Document document, QuoteDraft draft)
    {
        var collector = new StepCollector();
        DropStartWalk(document, draft, collector);
        return collector.Steps;
    }

    /// <summary>Starts the draft's first content fragment at token <paramref name="first"/>.</summary>
    public static void StartAt(Document document, QuoteDraft draft, int first)
    {
        int start = document.Tokens.StartAt(first);
        if (start < draft.Content[0].End) draft.Content[0] = new TextSpan(start, draft.Content[0].End);
    }

    /// <summary>What every step of a draft's start walks shares.</summary>
    private sealed record StartWalk(TokenRange Content, TokenRange Cue, int CueHead, string CueLemma, string Side, int SentenceStart, SyntaxLayer Syntax);

    private static StartWalk? PrepareStart(Document document, QuoteDraft draft)
    {
        if (draft.Type == QuoteType.Direct || draft.Content.Count == 0 || draft.Cue is not { } cueSpan) return null;
        if (!document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return null;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(draft.Content[0], SpanAlignment.Expand) is not { IsEmpty: false } content) return null;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return null;
        if (tokens.KindAt(content.Start) == TokenKind.Quote) return null;
        int cueHead = HeadOf(syntax, cue.Start, cue.End);
        var sentences = document.Sentences;
        return new StartWalk(content, cue, cueHead, syntax.LemmaAt(cueHead).ToLowerInvariant(), content.Start >= cue.End ? "after" : "before",
            sentences.TokensAt(sentences.IndexOfToken(content.Start)).Start, syntax);
    }

    private static void GrowStartWalk(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, StepSink sink)
    {
        if (PrepareStart(document, draft) is not { } w || w.Side != "after") return;
        var tokens = document.Tokens;
        int step = 0;
        for (int k = w.Content.Start - 1; k >= w.Cue.End && step < MaxStartSteps && !sink.Done; k--)
        {
            var kind = tokens.KindAt(k);
            if (kind == TokenKind.Quote || draft.Speaker is { } speaker && speaker.Overlaps(tokens.SpanAt(k)) || CueExtent.OtherDraftHolds(drafts, draft, tokens.SpanAt(k))) break;
            if (kind is TokenKind.Punctuation or TokenKind.Symbol) break;
            StartFeatures(sink, document, w, draft, k, k + 1, step++, "S+");
            sink.EndStep(k);
        }
    }

    private static void DropStartWalk(Document document, QuoteDraft draft, StepSink sink)
    {
        if (PrepareStart(document, draft) is not { } w) return;
        var tokens = document.Tokens;
        int words = CueExtent.WordsIn(tokens, w.Content.Start, w.Content.End);
        int k = w.Content.Start;
        for (int step = 0; step < MaxStartSteps && !sink.Done; step++)
        {
            if (tokens.KindAt(k) is TokenKind.Quote or TokenKind.Punctuation or TokenKind.Symbol) break;
            int next = PhraseEnd(w, k);
            while (next < w.Content.End && tokens.KindAt(next) is TokenKind.Punctuation or TokenKind.Symbol) next++;
            if (next >= w.Content.End || words - CueExtent.WordsIn(tokens, w.Content.Start, next) < MinWordsKept) break;
            StartFeatures(sink, document, w, draft, k, next, step, "S-");
            sink.EndStep(next);
            k = next;
        }
    }

    /// <summary>
    /// Where the phrase that opens at <paramref name="k"/> ends: the words hanging from the highest head above it in the
    /// content whose own head lies outside ("said in an interview on Sunday that …", "asked Bernie Sanders if …"), or
    /// the one word when that phrase is the content itself or holds a quotation mark.
    /// </summary>
    private static int PhraseEnd(StartWalk w, int k)
    {
        var syntax = w.Syntax;
        int top = k;
        for (int guard = 0; guard < 64 && w.Content.Contains(syntax.HeadAt(top)); guard++) top = syntax.HeadAt(top);
        int end = k + 1;
        while (end < w.Content.End && Descends(syntax, end, top)) end++;
        return end >= w.Content.End ? k + 1 : end;
    }

    private static bool Descends(SyntaxLayer syntax, int t, int ancestor)
    {
        for (int guard = 0; guard < 64 && t >= 0; guard++)
        {
            if (t == ancestor) return true;
            t = syntax.HeadAt(t);
        }
        return false;
    }

    /// <summary>The features of taking or dropping the word <paramref name="k"/> (with the punctuation up to <paramref name="next"/>) at the content's start.</summary>
    private static void StartFeatures(StepSink sink, Document document, StartWalk w, QuoteDraft draft, int k, int next, int step, string prefix)
    {
        var tokens = document.Tokens;
        var syntax = w.Syntax;
        string word = tokens.TextAt(k).ToString().ToLowerInvariant();
        string pos = SyntaxLabels.Name(syntax.PosAt(k));
        string relation = SyntaxLabels.Name(syntax.RelationAt(k));
        int governor = syntax.HeadAt(k);
        string attachment = governor < 0 ? "root" : governor == w.CueHead ? "cue" : w.Cue.Contains(governor) ? "incue"
            : governor >= w.Content.Start && governor < w.Content.End ? "content" : "outside";
        // The word after the step: the new first word when dropping, the content's first word when growing.
        int after = prefix == "S-" ? next : w.Content.Start;
        string afterWord = after < tokens.Count ? tokens.TextAt(after).ToString().ToLowerInvariant() : "</s>";
        string afterPos = after < tokens.Count ? SyntaxLabels.Name(syntax.PosAt(after)) : "</s>";
        string afterRelation = after < tokens.Count ? SyntaxLabels.Name(syntax.RelationAt(after)) : "</s>";
        string punctuation = next > k + 1 ? tokens.TextAt(k + 1).ToString() : "";
        bool capital = tokens.TextAt(k).Length > 1 && char.IsUpper(tokens.TextAt(k)[0]) && char.IsUpper(tokens.TextAt(k)[^1]);
        string atSentenceStart = k == w.SentenceStart ? "s" : "-";
        sink.Add(prefix, "bias");
        sink.Add(prefix, "w=", word);
        sink.Add(prefix, "p=", pos);
        sink.Add(prefix, "r=", relation);
        sink.Add(prefix, "a=", attachment);
        sink.Add(prefix, "a|r=", attachment, "|", relation);
        sink.Add(prefix, "p|r=", pos, "|", relation);
        sink.Add(prefix, "n=", afterWord);
        sink.Add(prefix, "np=", afterPos);
        sink.Add(prefix, "nr=", afterRelation);
        sink.Add(prefix, "r|nr=", relation, "|", afterRelation);
        sink.Add(prefix, "w|n=", word, "|", afterWord);
        sink.Add(prefix, "p|np=", pos, "|", afterPos);
        sink.Add(prefix, "r|n=", relation, "|", afterWord);
        sink.Add(prefix, "punct=", punctuation);
        sink.Add(prefix, "caps=", capital ? "y" : "n");
        sink.Add(prefix, "s=", atSentenceStart);
        sink.Add(prefix, "side=", w.Side);
        sink.Add(prefix, "side|p=", w.Side, "|", pos);
        sink.Add(prefix, "side|w=", w.Side, "|", word);
        sink.Add(prefix, "cl=", w.CueLemma);
        sink.Add(prefix, "cl|r=", w.CueLemma, "|", relation);
        sink.Add(prefix, "cl|np=", w.CueLemma, "|", afterPos);
        sink.Add(prefix, "step=", CueExtent.Number(Math.Min(step, 3)));
        sink.Add(prefix, "t=", draft.Type.ToString());
        sink.Add(prefix, "f=", draft.Content.Count == 1 ? "one" : "more");
        if (prefix != "S-") return;
        int phraseHead = HeadOf(syntax, k, next);
        string phraseRelation = SyntaxLabels.Name(syntax.RelationAt(phraseHead));
        string dropped = Bucket(CueExtent.WordsIn(tokens, k, next));
        sink.Add(prefix, "dw=", dropped);
        sink.Add(prefix, "hr=", phraseRelation);
        sink.Add(prefix, "hr|n=", phraseRelation, "|", afterWord);
        sink.Add(prefix, "hr|dw=", phraseRelation, "|", dropped);
        sink.Add(prefix, "cl|hr=", w.CueLemma, "|", phraseRelation);
    }
}
