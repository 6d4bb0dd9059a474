using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Where an unquoted content after its cue ends, learned: PolNeAR keeps a trailing ", but …", ", which …", ", and …",
/// "and" + verb, an apposition ", a …" or a participle ", surpassing …" inside the content about as often as it leaves
/// it out, so no single cut rule wins (models/quotes.md, "content boundaries"). From the end the rules gave, a walk goes
/// back over the content's clause and phrase boundaries (punctuation, coordinating and subordinating conjunctions,
/// relative pronouns), last first; each step drops the words from one more boundary on. A logistic model (<see
/// cref="CueClassifier"/> over the features below, models/quotes-content-extent.tsv, learned from PolNeAR train by
/// `dossier train quotes --content-extent`) gives each step its probability, and the likeliest walk wins when it beats
/// staying by the threshold's odds (<see cref="CueExtent.Likeliest"/>). First a walk forward may run the content on
/// over the stretches after it to the sentence's end (when the rules stopped early); only when it does not, the walk
/// back may cut. Words inside quotation marks are never cut, and the content never runs into another attribution.
/// </summary>
public static partial class ContentExtent
{
    public const string FileName = "quotes-content-extent.tsv";

    /// <summary>Word tokens a content keeps at least before a cut.</summary>
    private const int MinWordsKept = 2;

    /// <summary>
    /// The threshold whose odds a run-on walk must beat; a cut walk beats the model's own (0.8). Running on is cheap when
    /// wrong (the gold words stay covered) and a cut that is wrong loses them, so the two differ; both chosen on
    /// held-out train (models/quotes.md), never on dev.
    /// </summary>
    public const double RunOnThreshold = 0.4;

    /// <summary>
    /// Conjunctions that open a cut without a comma ("… and Sanders had split …"); a subordinator or relative pronoun
    /// opens one only after a comma (", which …", ", while …"): without it PolNeAR keeps the clause nearly always.
    /// </summary>
    private static readonly HashSet<string> BoundaryWords = new(StringComparer.OrdinalIgnoreCase) { "and", "but", "or" };

    private static readonly HashSet<string> BoundaryMarks = [",", ";", ":", "—", "–", "--", "-", "("];

    /// <summary>The shipped model, or null when models/ does not hold it (contents keep the rules' ends).</summary>
    public static CueClassifier? LoadDefault() => CueClassifier.Load(FileName);

    /// <summary>Ends every unquoted content after its cue where <paramref name="model"/> finds it likeliest.</summary>
    public static void Apply(Document document, List<QuoteDraft> drafts, CueClassifier model)
    {
        var scorer = new StepScorer(model);
        foreach (var draft in drafts)
        {
            scorer.Clear(RunOnThreshold);
            ExtendWalk(document, drafts, draft, scorer);
            int end = CueExtent.Likeliest(scorer);
            if (end > 0) ExtendTo(document, draft, end - 1);
            else
            {
                scorer.Clear(model.Threshold);
                CutWalk(document, draft, scorer);
                if (CueExtent.Likeliest(scorer) is var boundary and > 0) CutBefore(document, draft, boundary - 1);
            }
            ApplySide(document, drafts, draft, scorer);
            ApplyStart(document, drafts, draft, scorer);
        }
    }

    /// <summary>
    /// The boundaries the draft's last content fragment may be cut before, last first, each with the features of cutting
    /// there after all later cuts; empty for direct quotes and contents that do not follow the cue.
    /// </summary>
    public static List<CueExtent.WalkStep> Steps(Document document, QuoteDraft draft)
    {
        var collector = new StepCollector();
        CutWalk(document, draft, collector);
        return collector.Steps;
    }

    /// <summary>The walk of <see cref="Steps"/>, each step's features written to <paramref name="sink"/>.</summary>
    private static void CutWalk(Document document, QuoteDraft draft, StepSink sink)
    {
        if (Prepare(document, draft) is not { } w) return;
        var tokens = document.Tokens;
        // Boundaries outside quotation marks, left to right, each a distinct cut (", and" is one boundary).
        var boundaries = new List<int>();
        bool quoted = false;
        int words = 0;
        for (int t = w.Content.Start; t < w.Content.End; t++)
        {
            var kind = tokens.KindAt(t);
            if (kind == TokenKind.Quote) { quoted = !quoted; continue; }
            if (!quoted && words >= MinWordsKept && IsBoundary(tokens, t) && !IsBoundary(tokens, t - 1)) boundaries.Add(t);
            if (kind is not (TokenKind.Punctuation or TokenKind.Symbol)) words++;
        }
        int segmentEnd = w.Content.End;
        for (int i = boundaries.Count - 1; i >= 0 && !sink.Done; i--)
        {
            int b = boundaries[i];
            Features(sink, document, w, draft, b, segmentEnd, boundaries.Count - 1 - i, "");
            sink.EndStep(b);
            segmentEnd = b;
        }
    }

    /// <summary>
    /// The stretches after the draft's last content fragment it may run on over, nearest first, each up to the next
    /// boundary or the sentence's end; the walk stops at quotation marks and at any other draft's span. Each step's
    /// token is the stretch's last word.
    /// </summary>
    public static List<CueExtent.WalkStep> ExtendSteps(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft)
    {
        var collector = new StepCollector();
        ExtendWalk(document, drafts, draft, collector);
        return collector.Steps;
    }

    /// <summary>The walk of <see cref="ExtendSteps"/>, each step's features written to <paramref name="sink"/>.</summary>
    private static void ExtendWalk(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, StepSink sink)
    {
        if (Prepare(document, draft) is not { } w) return;
        var tokens = document.Tokens;
        int end = w.SentenceEnd;
        while (end > w.Content.End && TrimsOff(tokens, w.Content.Start, end - 1)) end--;
        int start = w.Content.End, step = 0;
        for (int k = start; k <= end && !sink.Done; k++)
        {
            bool stop = k < end && (tokens.KindAt(k) == TokenKind.Quote || CueExtent.OtherDraftHolds(drafts, draft, tokens.SpanAt(k)));
            if (k > start && (k == end || stop || IsBoundary(tokens, k) && !IsBoundary(tokens, k - 1)))
            {
                int last = k - 1;
                while (last >= start && TrimsOff(tokens, w.Content.Start, last)) last--;
                if (last < start || stop && k < end) break;
                Features(sink, document, w, draft, start, k, step++, "X:");
                sink.EndStep(last);
                start = k;
            }
            if (stop) break;
        }
    }

    /// <summary>Ends the draft's last content fragment after token <paramref name="last"/>.</summary>
    public static void ExtendTo(Document document, QuoteDraft draft, int last) =>
        draft.Content[^1] = new TextSpan(draft.Content[^1].Start, document.Tokens.EndAt(last));

    /// <summary>What every step of a draft's walks shares.</summary>
    private sealed record Walk(TokenRange Content, int CueHead, string CueLemma, int ContentHead, int SentenceEnd, string Opening, string Fragments, SyntaxLayer Syntax);

    private static Walk? Prepare(Document document, QuoteDraft draft)
    {
        if (draft.Type == QuoteType.Direct || draft.Content.Count == 0 || draft.Cue is not { } cueSpan) return null;
        var last = draft.Content[^1];
        if (last.Start < cueSpan.End || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return null;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(last, SpanAlignment.Expand) is not { IsEmpty: false } content) return null;
        if (tokens.ToTokenRange(cueSpan, SpanAlignment.Expand) is not { IsEmpty: false } cue) return null;
        int cueHead = HeadOf(syntax, cue.Start, cue.End);
        return new Walk(content, cueHead, syntax.LemmaAt(cueHead).ToLowerInvariant(), HeadOf(syntax, content.Start, content.End),
            document.Sentences.TokensAt(document.Sentences.IndexOfToken(content.Start)).End,
            tokens.TextAt(content.Start).Equals("that", StringComparison.OrdinalIgnoreCase) ? "that" : "bare",
            draft.Content.Count == 1 ? "one" : "more", syntax);
    }

    /// <summary>Ends the draft's last content fragment at the last word before token <paramref name="boundary"/>.</summary>
    public static void CutBefore(Document document, QuoteDraft draft, int boundary)
    {
        var tokens = document.Tokens;
        int t = boundary - 1;
        var last = draft.Content[^1];
        int first = tokens.ToTokenRange(last, SpanAlignment.Expand)?.Start ?? 0;
        while (t > 0 && TrimsOff(tokens, first, t)) t--;
        int end = tokens.EndAt(t);
        if (end > last.Start && end < last.End) draft.Content[^1] = new TextSpan(last.Start, end);
    }

    /// <summary>
    /// Whether token <paramref name="t"/>, punctuation or a symbol at the end of a content that starts at <paramref
    /// name="start"/>, is trimmed off: a percent sign ("rose to 36%") and a bracket closing one opened inside the content
    /// ("Sen. John McCain (R-Ariz.)") stay, as PolNeAR keeps them.
    /// </summary>
    internal static bool TrimsOff(TokenLayer tokens, int start, int t)
    {
        if (tokens.KindAt(t) is not (TokenKind.Punctuation or TokenKind.Symbol)) return false;
        var word = tokens.TextAt(t);
        if (word is "%") return false;
        if (word is not ")") return true;
        for (int k = t - 1; k >= start; k--)
        {
            if (tokens.TextAt(k) is "(") return false;
            if (tokens.TextAt(k) is ")") return true;
        }
        return true;
    }

    private static bool IsBoundary(TokenLayer tokens, int t)
    {
        if (t < 0) return false;
        var word = tokens.TextAt(t).ToString();
        return tokens.KindAt(t) is TokenKind.Punctuation or TokenKind.Symbol ? BoundaryMarks.Contains(word) : BoundaryWords.Contains(word);
    }

    /// <summary>The features of dropping the words [<paramref name="b"/>, <paramref name="segmentEnd"/>) from the content.</summary>
    private static void Features(StepSink sink, Document document, Walk w, QuoteDraft draft, int b, int segmentEnd, int step, string prefix)
    {
        var tokens = document.Tokens;
        var syntax = w.Syntax;
        var content = w.Content;
        int cueHead = w.CueHead, contentHead = w.ContentHead, sentenceEnd = w.SentenceEnd;
        string cueLemma = w.CueLemma, opening = w.Opening, fragments = w.Fragments;
        string boundary = tokens.TextAt(b).ToString().ToLowerInvariant();
        int n = b + 1;
        // ", and" is one boundary named by both words; ", which" is the comma with its next word.
        if (n < segmentEnd && tokens.KindAt(b) is TokenKind.Punctuation && IsBoundary(tokens, n))
        {
            boundary += " " + tokens.TextAt(n).ToString().ToLowerInvariant();
            n++;
        }
        string next = n < segmentEnd ? tokens.TextAt(n).ToString().ToLowerInvariant() : "</seg>";
        string nextPos = n < segmentEnd ? SyntaxLabels.Name(syntax.PosAt(n)) : "</seg>";
        int head = HeadOf(syntax, b, segmentEnd);
        int governor = syntax.HeadAt(head);
        string relation = SyntaxLabels.Name(syntax.RelationAt(head));
        string attachment = governor < 0 ? "root" : governor == cueHead ? "cue" : governor == contentHead ? "contenthead"
            : governor >= content.Start && governor < b ? "content" : governor >= b && governor < segmentEnd ? "self" : "outside";
        var (ownSubject, verb, quote) = StretchFacts(syntax, tokens, head, b, segmentEnd);
        int kept = CueExtent.WordsIn(tokens, content.Start, b), dropped = CueExtent.WordsIn(tokens, b, segmentEnd);
        string headPos = SyntaxLabels.Name(syntax.PosAt(head));
        string toEnd = segmentEnd >= content.End && content.End >= sentenceEnd - 1 ? "sentence" : segmentEnd >= content.End ? "content" : "cut";
        sink.Add(prefix, "bias");
        sink.Add(prefix, "b=", boundary);
        sink.Add(prefix, "b|n=", boundary, "|", next);
        sink.Add(prefix, "b|np=", boundary, "|", nextPos);
        sink.Add(prefix, "n=", next);
        sink.Add(prefix, "np=", nextPos);
        sink.Add(prefix, "hr=", relation);
        sink.Add(prefix, "hp=", headPos);
        sink.Add(prefix, "a=", attachment);
        sink.Add(prefix, "a|hr=", attachment, "|", relation);
        sink.Add(prefix, "b|a|hr=", boundary, "|", attachment, "|", relation);
        sink.Add(prefix, "subj=", ownSubject.ToString());
        sink.Add(prefix, "subj|b=", ownSubject.ToString(), "|", boundary);
        sink.Add(prefix, "subj|a=", ownSubject.ToString(), "|", attachment);
        sink.Add(prefix, "verb=", verb.ToString());
        sink.Add(prefix, "verb|b=", verb.ToString(), "|", boundary);
        sink.Add(prefix, "q=", quote.ToString());
        sink.Add(prefix, "k=", Bucket(kept));
        sink.Add(prefix, "d=", Bucket(dropped));
        sink.Add(prefix, "k|d=", Bucket(kept), "|", Bucket(dropped));
        sink.Add(prefix, "b|d=", boundary, "|", Bucket(dropped));
        sink.Add(prefix, "cl=", cueLemma);
        sink.Add(prefix, "cl|b=", cueLemma, "|", boundary);
        sink.Add(prefix, "end=", toEnd);
        sink.Add(prefix, "step=", CueExtent.Number(Math.Min(step, 3)));
        sink.Add(prefix, "t=", draft.Type.ToString());
        sink.Add(prefix, "o=", opening);
        sink.Add(prefix, "f=", fragments);
        sink.Add(prefix, "gp=", governor >= 0 ? SyntaxLabels.Name(syntax.PosAt(governor)) : "root");
    }

    /// <summary>
    /// What the end walk and the side step weigh of a stretch [<paramref name="start"/>, <paramref name="end"/>) headed by
    /// <paramref name="head"/>: whether the head has its own subject, whether the stretch has a verb, a quotation mark.
    /// </summary>
    private static (bool OwnSubject, bool Verb, bool Quote) StretchFacts(SyntaxLayer syntax, TokenLayer tokens, int head, int start, int end)
    {
        bool ownSubject = false, verb = false, quote = false;
        for (int t = start; t < end; t++)
        {
            if (syntax.HeadAt(t) == head && SyntaxLabels.Name(syntax.RelationAt(t)).StartsWith("nsubj", StringComparison.Ordinal)) ownSubject = true;
            if (syntax.PosAt(t) is UniversalPos.Verb or UniversalPos.Aux) verb = true;
            if (tokens.KindAt(t) == TokenKind.Quote) quote = true;
        }
        return (ownSubject, verb, quote);
    }

    private static string Bucket(int words) => words switch { <= 2 => words.ToString(), <= 5 => "3-5", <= 10 => "6-10", <= 20 => "11-20", _ => "21+" };

    /// <summary>The first token of [start, end) whose syntactic head lies outside it, punctuation last.</summary>
    private static int HeadOf(SyntaxLayer syntax, int start, int end)
    {
        int fallback = -1;
        for (int t = start; t < end; t++)
        {
            int h = syntax.HeadAt(t);
            if (h >= start && h < end) continue;
            if (syntax.PosAt(t) != UniversalPos.Punct) return t;
            if (fallback < 0) fallback = t;
        }
        return fallback >= 0 ? fallback : start;
    }
}
