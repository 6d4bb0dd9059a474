using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// The arguments of a reporting verb read off the dependency tree: its subject (through conjoined, complement and
/// adverbial-clause verbs that have none of their own), its complement, and phrase extents without edge punctuation.
/// Shared by the extractor and by the trainer of <see cref="SyntacticCueTable"/>, so both see the same spans.
/// </summary>
public static class SyntacticArguments
{
    /// <summary>Complement relations a cue's content may hang from, in the order they are tried.</summary>
    public static readonly DependencyRelation[] ContentRelations = [DependencyRelation.Ccomp, DependencyRelation.Obj, DependencyRelation.Xcomp];

    /// <summary>How many verbs up a chain ("hoped … and hinted", "refused to say") a subject is looked for.</summary>
    private const int MaxSubjectHops = 4;

    /// <summary>The subject token of <paramref name="verb"/> or of the verb it is conjoined to or depends on; -1 when none.</summary>
    public static int SubjectOf(SyntaxLayer syntax, int verb)
    {
        for (int hop = 0; hop < MaxSubjectHops && verb >= 0; hop++)
        {
            int subject = syntax.ChildWith(verb, DependencyRelation.Nsubj);
            if (subject >= 0) return subject;
            var relation = syntax.RelationAt(verb).Universal();
            if (relation is not (DependencyRelation.Conj or DependencyRelation.Xcomp or DependencyRelation.Advcl)) return -1;
            verb = syntax.HeadAt(verb);
        }
        return -1;
    }

    /// <summary>The first dependent after <paramref name="verb"/> attached with <paramref name="relation"/>, or -1.</summary>
    public static int ComplementAfter(SyntaxLayer syntax, int verb, DependencyRelation relation)
    {
        foreach (int child in syntax.ChildrenOf(verb))
        {
            if (child > verb && syntax.RelationAt(child) == relation) return child;
        }
        return -1;
    }

    /// <summary>The subtree of <paramref name="node"/> without punctuation at its edges (quotation marks stay).</summary>
    public static TokenRange TrimmedSubtree(SyntaxLayer syntax, string text, int node)
    {
        var range = syntax.SubtreeOf(node);
        var tokens = syntax.Tokens;
        int start = range.Start, end = range.End;
        while (start < end && IsEdgePunctuation(syntax, tokens, text, start)) start++;
        while (end > start && IsEdgePunctuation(syntax, tokens, text, end - 1)) end--;
        return new TokenRange(start, end);
    }

    private static bool IsEdgePunctuation(SyntaxLayer syntax, TokenLayer tokens, string text, int t) =>
        (syntax.PosAt(t) == UniversalPos.Punct || tokens.KindAt(t) is TokenKind.Punctuation or TokenKind.Symbol)
        && !(tokens.KindAt(t) == TokenKind.Quote || (tokens.EndAt(t) - tokens.StartAt(t) <= 2 && QuotationMarks.IsQuoteChar(text[tokens.StartAt(t)])));

    /// <summary>Auxiliaries and adverbs right before a cue belong to it ("has said", "also told", "did not deny"), as PolNeAR marks them.</summary>
    public static int CueStart(SyntaxLayer syntax, int head, int limit)
    {
        int first = head;
        while (first - 1 >= limit && syntax.HeadAt(first - 1) == head
               && syntax.RelationAt(first - 1) is DependencyRelation.Aux or DependencyRelation.AuxPass or DependencyRelation.Advmod)
            first--;
        return first;
    }
}
