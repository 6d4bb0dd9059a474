using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// The right side of a parenthetical attribution ("It was impossible, Gabuyev said, so Russia's leaders decided …"),
/// learned: PolNeAR takes the words after the closing comma into the content as its second fragment about as often as
/// it leaves them ("…, he said, pointing to …"), so the rules' choice (<c>WithParentheticalSides</c>) is one feature of
/// a single step ("P+" to add the side the rules left, "P-" to drop the side they took), whose probability comes from
/// the content extent model; the step is taken when it beats staying by <see cref="SideThreshold"/>'s odds.
/// </summary>
public static partial class ContentExtent
{
    /// <summary>Words between the attribution and its closing comma at most ("he said on Sunday,").</summary>
    private const int MaxWordsBeforeClosingComma = 6;

    /// <summary>
    /// The threshold whose odds adding or dropping a side must beat: either way a wrong step costs one fragment, so even
    /// odds (held-out train, both folds: 0.5 a little better than 0.65 and 0.8; never dev).
    /// </summary>
    public const double SideThreshold = 0.5;

    /// <summary>The right side of a draft's parenthetical attribution and the step of adding or dropping it, if it has one (training, tests).</summary>
    public static (TokenRange Side, CueExtent.WalkStep Step)? SideStep(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft)
    {
        var collector = new StepCollector();
        return SideWalk(document, drafts, draft, collector) is { } side ? (side, collector.Steps[0]) : null;
    }

    /// <summary>Takes the right side <paramref name="side"/> into the draft's content, or drops it when the content has it.</summary>
    public static void ApplySide(Document document, QuoteDraft draft, TokenRange side)
    {
        var tokens = document.Tokens;
        var span = new TextSpan(tokens.StartAt(side.Start), tokens.EndAt(side.End - 1));
        int at = draft.Content.FindIndex(c => c.Overlaps(span));
        if (at >= 0) draft.Content.RemoveAt(at);
        else draft.Content.Add(span);
    }

    private static void ApplySide(Document document, List<QuoteDraft> drafts, QuoteDraft draft, StepScorer scorer)
    {
        if (!scorer.Model.Knows("P+bias")) return;
        scorer.Clear(SideThreshold);
        if (SideWalk(document, drafts, draft, scorer) is not { } side) return;
        if (CueExtent.Likeliest(scorer) > 0) ApplySide(document, draft, side);
    }

    /// <summary>
    /// The right side of the draft's attribution when the content lies before it and the sentence goes on after a comma
    /// (the side is that rest of the sentence, without its final punctuation); null when there is none.
    /// </summary>
    private static TokenRange? SideWalk(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, StepSink sink)
    {
        if (draft.Type == QuoteType.Direct || draft.Content.Count == 0 || draft.Cue is not { } cueSpan) return null;
        if (!document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return null;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return null;
        if (tokens.ToTokenRange(draft.Content[0], SpanAlignment.Expand) is not { IsEmpty: false } first || first.End > cue.Start) return null;
        var speaker = draft.Speaker is { } s ? tokens.ToTokenRange(s, SpanAlignment.Expand) : null;
        int attributionStart = Math.Min(cue.Start, speaker?.Start ?? cue.Start), attributionEnd = Math.Max(cue.End, speaker?.End ?? cue.End);
        var sentences = document.Sentences;
        var sentence = sentences.TokensAt(sentences.IndexOfToken(cue.Start));
        // The content before the attribution must end at its opening comma, in the same sentence.
        if (first.Start < sentence.Start || attributionStart - 1 <= first.Start || tokens.TextAt(attributionStart - 1) is not ",") return null;
        int comma = attributionEnd;
        while (comma < sentence.End && tokens.TextAt(comma) is not "," && comma - attributionEnd < MaxWordsBeforeClosingComma)
        {
            if (tokens.KindAt(comma) is TokenKind.Quote or TokenKind.Punctuation) return null;
            comma++;
        }
        if (comma >= sentence.End || tokens.TextAt(comma) is not ",") return null;
        int end = sentence.End;
        while (end > comma + 1 && TrimsOff(tokens, comma + 1, end - 1)) end--;
        int start = comma + 1;
        if (end - start < 1) return null;
        var sideSpan = new TextSpan(tokens.StartAt(start), tokens.EndAt(end - 1));
        for (int t = start; t < end; t++)
        {
            if (CueExtent.OtherDraftHolds(drafts, draft, tokens.SpanAt(t))) return null;
        }
        bool taken = draft.Content.Count > 1 && draft.Content[^1].Overlaps(sideSpan);
        if (!taken && draft.Content.Count > 1) return null;
        string prefix = taken ? "P-" : "P+";
        int cueHead = HeadOf(syntax, cue.Start, cue.End), contentHead = HeadOf(syntax, first.Start, first.End);
        int head = HeadOf(syntax, start, end);
        int governor = syntax.HeadAt(head);
        string attachment = governor < 0 ? "root" : governor == cueHead ? "cue" : governor == contentHead ? "contenthead"
            : first.Contains(governor) ? "content" : "outside";
        string relation = SyntaxLabels.Name(syntax.RelationAt(head));
        var (ownSubject, verb, quote) = StretchFacts(syntax, tokens, head, start, end);
        string word = tokens.TextAt(start).ToString().ToLowerInvariant();
        string pos = SyntaxLabels.Name(syntax.PosAt(start));
        string cueLemma = syntax.LemmaAt(cueHead).ToLowerInvariant();
        string inverted = speaker is { } sp && sp.Start > cue.Start ? "inv" : "plain";
        string words = Bucket(CueExtent.WordsIn(tokens, start, end));
        string leftWords = Bucket(CueExtent.WordsIn(tokens, first.Start, first.End));
        string between = CueExtent.Number(Math.Min(comma - attributionEnd, 3));
        sink.Add(prefix, "bias");
        sink.Add(prefix, "w=", word);
        sink.Add(prefix, "p=", pos);
        sink.Add(prefix, "hr=", relation);
        sink.Add(prefix, "hp=", SyntaxLabels.Name(syntax.PosAt(head)));
        sink.Add(prefix, "a=", attachment);
        sink.Add(prefix, "a|hr=", attachment, "|", relation);
        sink.Add(prefix, "subj=", ownSubject.ToString());
        sink.Add(prefix, "subj|a=", ownSubject.ToString(), "|", attachment);
        sink.Add(prefix, "verb=", verb.ToString());
        sink.Add(prefix, "q=", quote.ToString());
        sink.Add(prefix, "d=", words);
        sink.Add(prefix, "k=", leftWords);
        sink.Add(prefix, "k|d=", leftWords, "|", words);
        sink.Add(prefix, "cl=", cueLemma);
        sink.Add(prefix, "cl|a=", cueLemma, "|", attachment);
        sink.Add(prefix, "inv=", inverted);
        sink.Add(prefix, "between=", between);
        sink.Add(prefix, "w|a=", word, "|", attachment);
        sink.Add(prefix, "p|a=", pos, "|", attachment);
        sink.Add(prefix, "t=", draft.Type.ToString());
        sink.EndStep(end - 1);
        return new TokenRange(start, end);
    }
}
