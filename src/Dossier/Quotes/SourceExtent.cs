using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Where a found speaker span starts and ends, learned: PolNeAR takes a relative clause into the source ("X, who …") 148
/// times on a train fold and leaves it out 115, a closing comma or apposition (", a spokesman for …"), "an analysis by
/// X", titles and leading determiners or adverbials as inconsistently, so hand rules stopped winning (models/quotes.md).
/// From the span the rules gave, four walks — grow right, else shrink from the right; grow left, else shrink from the
/// left — each take word after word; a logistic model (<see cref="CueClassifier"/> over the features below,
/// models/quotes-source-extent.tsv, learned from PolNeAR train by `dossier train quotes --source-extent`) gives each
/// step its probability and the likeliest walk wins only when it beats staying (<see cref="CueExtent.Likeliest"/>).
/// Growing walks stop at quotation marks, the cue, the content and any other attribution's span; shrinking ones keep
/// the source's head. Only the span moves: the speaker was resolved from the subject before.
/// </summary>
public static class SourceExtent
{
    public const string FileName = "quotes-source-extent.tsv";

    /// <summary>Words a source may grow or shrink by at one edge (", a spokesman for the State Department's …").</summary>
    public const int MaxSteps = 12;

    /// <summary>The shipped model, or null when models/ does not hold it (sources keep the rules' extents).</summary>
    public static CueClassifier? LoadDefault() => CueClassifier.Load(FileName);

    /// <summary>Gives every draft's speaker span the extent <paramref name="model"/> finds likeliest.</summary>
    public static void Apply(Document document, List<QuoteDraft> drafts, CueClassifier model)
    {
        var scorer = new StepScorer(model);
        foreach (var draft in drafts)
        {
            if (draft.Speaker is null) continue;
            if (Likeliest(document, drafts, draft, Edge.GrowRight, scorer) is var end and > 0) EndAt(document, draft, end);
            else if (Likeliest(document, drafts, draft, Edge.ShrinkRight, scorer) is var cut and > 0) EndAt(document, draft, cut - 1);
            if (Likeliest(document, drafts, draft, Edge.GrowLeft, scorer) is var start and > 0) StartAt(document, draft, start - 1);
            else if (Likeliest(document, drafts, draft, Edge.ShrinkLeft, scorer) is var first and > 0) StartAt(document, draft, first);
        }
    }

    /// <summary>The end of the likeliest walk at <paramref name="edge"/> (<see cref="CueExtent.Likeliest(StepScorer)"/>), scored without building its features.</summary>
    private static int Likeliest(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, Edge edge, StepScorer scorer)
    {
        scorer.Clear(scorer.Model.Threshold);
        Walk(document, drafts, draft, edge, scorer);
        return CueExtent.Likeliest(scorer);
    }

    /// <summary>The four walks: which edge moves and which way.</summary>
    public enum Edge { GrowRight, ShrinkRight, GrowLeft, ShrinkLeft }

    /// <summary>
    /// The tokens the walk at <paramref name="edge"/> may take (grow) or give up (shrink), nearest the edge first, each
    /// with the features of that step after all before it.
    /// </summary>
    public static List<CueExtent.WalkStep> Steps(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, Edge edge)
    {
        var collector = new StepCollector();
        Walk(document, drafts, draft, edge, collector);
        return collector.Steps;
    }

    /// <summary>The walk of <see cref="Steps"/>, each step's features written to <paramref name="sink"/>.</summary>
    private static void Walk(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, Edge edge, StepSink sink)
    {
        if (draft.Speaker is not { } speakerSpan || !document.TryGet<SyntaxLayer>(out var syntax) || syntax is null) return;
        var tokens = document.Tokens;
        if (tokens.ToTokenRange(speakerSpan, SpanAlignment.Expand) is not { IsEmpty: false } source) return;
        var sentence = document.Sentences.TokensAt(document.Sentences.IndexOfToken(source.Start));
        int head = CueExtent.HeadOf(syntax, source);
        var context = new Context(document, syntax, draft, source, head, edge);
        int n = 0;
        switch (edge)
        {
            case Edge.GrowRight:
                for (int k = source.End; k < sentence.End && n < MaxSteps && !sink.Done; k++, n++)
                {
                    if (Blocked(document, drafts, draft, k)) break;
                    context.Features(sink, k, n, source.Start, k + 1);
                }
                break;
            case Edge.GrowLeft:
                for (int k = source.Start - 1; k >= sentence.Start && n < MaxSteps && !sink.Done; k--, n++)
                {
                    if (Blocked(document, drafts, draft, k)) break;
                    context.Features(sink, k, n, k, source.End);
                }
                break;
            case Edge.ShrinkRight:
                for (int k = source.End - 1; k > head && n < MaxSteps && !sink.Done; k--, n++) context.Features(sink, k, n, source.Start, k);
                break;
            case Edge.ShrinkLeft:
                for (int k = source.Start; k < head && n < MaxSteps && !sink.Done; k++, n++) context.Features(sink, k, n, k + 1, source.End);
                break;
        }
    }

    /// <summary>Ends the draft's speaker span before token <paramref name="end"/>.</summary>
    public static void EndAt(Document document, QuoteDraft draft, int end) =>
        draft.Speaker = new TextSpan(draft.Speaker!.Value.Start, document.Tokens.EndAt(end - 1));

    /// <summary>Starts the draft's speaker span at token <paramref name="start"/>.</summary>
    public static void StartAt(Document document, QuoteDraft draft, int start) =>
        draft.Speaker = new TextSpan(document.Tokens.StartAt(start), draft.Speaker!.Value.End);

    /// <summary>A quotation mark, the draft's own cue or content, or another draft's span: no source grows over them.</summary>
    private static bool Blocked(Document document, IReadOnlyList<QuoteDraft> drafts, QuoteDraft draft, int k)
    {
        if (document.Tokens.KindAt(k) is TokenKind.Quote) return true;
        var span = document.Tokens.SpanAt(k);
        return draft.Cue is { } cue && cue.Overlaps(span) || draft.Content.Exists(c => c.Overlaps(span)) || CueExtent.OtherDraftHolds(drafts, draft, span);
    }

    /// <summary>What every step of one walk shares: the source, its head, the cue's lemma and side.</summary>
    private sealed class Context
    {
        private readonly Document _document;
        private readonly SyntaxLayer _syntax;
        private readonly TokenRange _source;
        private readonly int _head, _cueHead = -1;
        private readonly string _prefix, _cueLemma, _side, _type, _headPos, _length;

        public Context(Document document, SyntaxLayer syntax, QuoteDraft draft, TokenRange source, int head, Edge edge)
        {
            _document = document;
            _syntax = syntax;
            _source = source;
            _head = head;
            _prefix = edge switch { Edge.GrowRight => "R+", Edge.ShrinkRight => "R-", Edge.GrowLeft => "L+", _ => "L-" };
            var cue = draft.Cue is { } c ? document.Tokens.ToTokenRange(c, SpanAlignment.Expand) : null;
            if (cue is { IsEmpty: false } r) _cueHead = CueExtent.HeadOf(syntax, r);
            _cueLemma = _cueHead >= 0 ? syntax.LemmaAt(_cueHead).ToLowerInvariant() : "<none>";
            _side = draft.Cue is { } cs ? (cs.Start >= draft.Speaker!.Value.End ? "before" : "after") : "none";
            _type = draft.Type.ToString();
            _headPos = SyntaxLabels.Name(syntax.PosAt(head));
            _length = CueExtent.Number(Math.Min(source.Length, 6));
        }

        /// <summary>The features of the step at token <paramref name="k"/>, the <paramref name="n"/>th of its walk, which leaves the source [start, end); ends the step.</summary>
        public void Features(StepSink sink, int k, int n, int start, int end)
        {
            var tokens = _document.Tokens;
            string word = tokens.TextAt(k).ToString().ToLowerInvariant();
            string pos = SyntaxLabels.Name(_syntax.PosAt(k));
            string relation = SyntaxLabels.Name(_syntax.RelationAt(k));
            int governor = _syntax.HeadAt(k);
            string attachment = governor < 0 ? "root" : governor == _head ? "head" : _source.Contains(governor) ? "in" : governor < k ? "left" : "right";
            string branch = Branch(k);
            string previous = k > 0 ? tokens.TextAt(k - 1).ToString().ToLowerInvariant() : "<s>";
            string next = k + 1 < tokens.Count ? tokens.TextAt(k + 1).ToString().ToLowerInvariant() : "</s>";
            string steps = Math.Min(n, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string p = _prefix;
            // Whether the span the step leaves is one phrase (every word's head inside it but the source head's): walks
            // end where a phrase does ("Smith, a spokesman for X," not "Smith, a spokesman").
            string closed = Closed(start, end) ? "closed" : "open";
            sink.Add(p, "bias");
            sink.Add(p, "w=", word);
            sink.Add(p, "l=", _syntax.LemmaAt(k).ToLowerInvariant());
            sink.Add(p, "p=", pos);
            sink.Add(p, "r=", relation);
            sink.Add(p, "a=", attachment);
            sink.Add(p, "a|r=", attachment, "|", relation);
            // The relation under the source head that the word hangs in ("acl:relcl" for "who …", "appos" for ", a
            // spokesman …"), or "out" when it is no part of the head's phrase.
            sink.Add(p, "b=", branch);
            sink.Add(p, "b|p=", branch, "|", pos);
            sink.Add(p, "b|w=", branch, "|", word);
            sink.Add(p, "n=", steps);
            sink.Add(p, "n|p=", steps, "|", pos);
            sink.Add(p, "pw|w=", previous, "|", word);
            sink.Add(p, "w|nw=", word, "|", next);
            sink.Add(p, "np=", k + 1 < tokens.Count ? SyntaxLabels.Name(_syntax.PosAt(k + 1)) : "</s>");
            sink.Add(p, "cl=", _cueLemma);
            sink.Add(p, "side=", _side);
            sink.Add(p, "side|b=", _side, "|", branch);
            sink.Add(p, "cl|w=", _cueLemma, "|", word);
            sink.Add(p, "t=", _type);
            sink.Add(p, "hp=", _headPos);
            sink.Add(p, "len=", _length);
            sink.Add(p, "c=", closed);
            sink.Add(p, "c|b=", closed, "|", branch);
            sink.Add(p, "c|w|nw=", closed, "|", word, "|", next);
            sink.EndStep(k);
        }

        private bool Closed(int start, int end)
        {
            for (int t = start; t < end; t++)
            {
                int h = _syntax.HeadAt(t);
                if (t != _head && (h < start || h >= end)) return false;
            }
            return true;
        }

        /// <summary>The relation of the ancestor of <paramref name="k"/> that hangs from the source head, "cue" when the cue's head comes first ("In a statement, | X said"), or "out".</summary>
        private string Branch(int k)
        {
            int t = k;
            for (int depth = 0; depth < 16 && t >= 0; depth++)
            {
                int h = _syntax.HeadAt(t);
                if (h == _head) return SyntaxLabels.Name(_syntax.RelationAt(t));
                if (t == _head) return "self";
                if (h == _cueHead) return "cue";
                t = h;
            }
            return "out";
        }
    }
}
