using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>Words and marks that join the split-off clause to the content before it; they end neither.</summary>
    private bool IsNestingLinker(int t) =>
        IsClauseLinker(t) || Is(t, ",") || Is(t, "or") || Is(t, "-") || Is(t, "--") || Is(t, "—") || Is(t, "–") || Is(t, "who") || Is(t, "which") || Is(t, "whom") || Is(t, "that");

    /// <summary>
    /// "Trump blamed Clinton for … and cast her as …", "About four in 10 said …, while nine in 10 said …": a candidate
    /// whose cue lies inside the unquoted last content of one earlier attribution of its sentence, after that attribution's
    /// cue, and that touches nothing else. The host's content would end before the candidate (its subject when the subject
    /// stands in the content); <paramref name="cut"/> is that token.
    /// </summary>
    private bool TryNestingHost(TextSpan cueSpan, TextSpan contentSpan, TextSpan subjectSpan, int verb, out QuoteDraft? host, out int cut)
    {
        host = null;
        cut = -1;
        foreach (var d in _drafts)
        {
            if (d.Content.Count == 0 || d.Cue is not { } c || !d.Content[^1].Contains(cueSpan) || c.End > cueSpan.Start) continue;
            if (host is not null) return false;
            host = d;
        }
        if (host is null) return false;
        var fragment = host.Content[^1];
        if (subjectSpan.Overlaps(fragment) && !fragment.Contains(subjectSpan)) return false;
        int first = Math.Min(cueSpan.Start, fragment.Contains(subjectSpan) ? subjectSpan.Start : cueSpan.Start);
        if (_tokens.ToTokenRange(new TextSpan(first, first + 1), SpanAlignment.Expand) is not { } at) return false;
        int end = at.Start;
        int start = _tokens.ToTokenRange(fragment, SpanAlignment.Expand) is { } f ? f.Start : end;
        while (end > start && IsNestingLinker(end - 1)) end--;
        end = TrimEnd(start, end);
        // The candidate is no part of what the host reports: its verb hangs from the host's cue only as a coordinated
        // predicate ("blamed … and cast …"), or not at all ("…, while nine in 10 said …"); "shows 68% of voters say …" and
        // "explained it by citing …" stay in the host's content.
        if (_syntax is not null && _tokens.ToTokenRange(host.Cue!.Value, SpanAlignment.Expand) is { } hostCue)
        {
            int hostHead = TopOf(hostCue.Start, hostCue.End);
            int child = hostHead >= 0 ? ChildOnPathTo(verb, hostHead) : -1;
            if (child >= 0 && !(child == verb && _syntax.RelationAt(verb).Universal() == DependencyRelation.Conj)) return false;
            // "noted … that the Taliban cannot contain …, and refuses to …": after a reported clause with a subject of its
            // own, a predicate with no subject of its own may as well continue that clause.
            if (child == verb && _syntax.ChildWith(verb, DependencyRelation.Nsubj) < 0 && _syntax.ChildWith(verb, DependencyRelation.NsubjPass) < 0 && HasSubjectBetween(start, end)) return false;
        }
        if (end - start < MinBareContentTokens || HasSpeechQuote(end, at.Start)) return false;
        if (contentSpan.Start < _tokens.StartAt(at.Start) && contentSpan.End > fragment.Start) return false;
        foreach (var d in _drafts)
        {
            if (ReferenceEquals(d, host)) continue;
            if (d.Cue is { } dc && (dc.Overlaps(cueSpan) || dc.Overlaps(contentSpan) || dc.Overlaps(subjectSpan))) return false;
            if (d.Speaker is { } sp && (sp.Overlaps(cueSpan) || sp.Overlaps(contentSpan))) return false;
            foreach (var x in d.Content)
            {
                if (x.Overlaps(cueSpan) || x.Overlaps(contentSpan) || x.Overlaps(subjectSpan)) return false;
            }
        }
        if (host.Cue is { } hc && (hc.Overlaps(contentSpan) || hc.Overlaps(subjectSpan))) return false;
        if (host.Speaker is { } hs && (hs.Overlaps(cueSpan) || hs.Overlaps(contentSpan))) return false;
        cut = end;
        return true;
    }

    /// <summary>Whether a token in [start, end) is a subject in the parse.</summary>
    private bool HasSubjectBetween(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (_syntax!.RelationAt(t).Universal() == DependencyRelation.Nsubj) return true;
        }
        return false;
    }

    /// <summary>Whether a verb covered by earlier attributions lies only in the last content of one of them (in training too, so the classifier learns these candidates).</summary>
    private bool MayNest(TextSpan verb)
    {
        foreach (var d in _drafts)
        {
            if (d.Cue is { } c && c.Overlaps(verb) || d.Speaker is { } sp && sp.Overlaps(verb)) return false;
            for (int i = 0; i < d.Content.Count - 1; i++)
            {
                if (d.Content[i].Overlaps(verb)) return false;
            }
        }
        return true;
    }

    /// <summary>The host's last content fragment ends before the attribution split off it.</summary>
    private void CutHostContent(QuoteDraft host, int cut)
    {
        var fragment = host.Content[^1];
        host.Content[^1] = new TextSpan(fragment.Start, _tokens.EndAt(cut - 1));
    }

    /// <summary>
    /// "Clinton, who called Sanders shortly after …, told her supporters …", "O'Donnell, who said in an interview that …,
    /// recalled …": a lexicon cue inside the content of the sentence's last attribution, whose own subject stands before
    /// that attribution's cue, has the attribution inside its subject's relative clause or apposition; that content ends
    /// at the comma before the cue (PolNeAR never nests a cue in a content).
    /// </summary>
    private bool SplitsEmbeddedHost(CueMatch cue, TokenRange sentence)
    {
        if (cue.Form == CueForm.Gerund || cue.Entry == AccordingTo || _attributions.Count == 0) return false;
        var last = _attributions[^1];
        if (last.Sentence != _sentences.IndexOfToken(cue.FirstToken) || last.Draft.Content.Count == 0 || last.Draft.Cue is not { } hostCue) return false;
        var cueSpan = SpanOf(cue.FirstToken, cue.EndToken);
        if (!last.Draft.Content[^1].Contains(cueSpan)) return false;
        foreach (var d in _drafts)
        {
            if (ReferenceEquals(d, last.Draft)) continue;
            if (d.Cue is { } c && c.Overlaps(cueSpan) || d.Speaker is { } sp && sp.Overlaps(cueSpan)) return false;
            foreach (var f in d.Content)
            {
                if (f.Overlaps(cueSpan)) return false;
            }
        }
        int left = SkipAdverbsLeft(cue.FirstToken - 1, sentence.Start);
        if (!Is(left, ",") || FindSubjectLeft(left, sentence.Start) is not { } subject) return false;
        if (_tokens.StartAt(subject.Start) >= hostCue.Start || hostCue.End > _tokens.StartAt(left)) return false;
        var fragment = last.Draft.Content[^1];
        int start = _tokens.ToTokenRange(fragment, SpanAlignment.Expand) is { } r ? r.Start : left;
        int end = TrimEnd(start, left);
        if (end - start < 1 || HasSpeechQuote(end, left)) return false;
        last.Draft.Content[^1] = new TextSpan(fragment.Start, _tokens.EndAt(end - 1));
        return true;
    }

    /// <summary>
    /// "Voters who say the economy is most important were evenly divided", "Weber, who advises Kasich, is no fan of
    /// Trump", "Figures reported on Sunday now suggest …": the content after a cue inside a relative, participle or
    /// adverbial clause ends with that clause when it would run on over the verb the clause hangs from (the main
    /// clause is no part of what the clause's speaker says; its verb may then be a cue of its own).
    /// </summary>
    private Content WithinGoverningClause(Content content, int cueHead)
    {
        if (_syntax is null || content.Direct || content.Fragments.Count == 0) return content;
        var last = content.Fragments[^1];
        if (_tokens.ToTokenRange(last, SpanAlignment.Expand) is not { } range || range.Start <= cueHead) return content;
        bool subordinate = false;
        for (int child = cueHead, head = _syntax.HeadAt(cueHead), hops = 0; head >= 0 && hops < _tokens.Count; child = head, head = _syntax.HeadAt(head), hops++)
        {
            subordinate |= _syntax.RelationAt(child).Universal() is DependencyRelation.Acl or DependencyRelation.Advcl or DependencyRelation.Nsubj or DependencyRelation.NsubjPass
                || _syntax.RelationAt(child) is DependencyRelation.AclRelcl or DependencyRelation.AdvclRelcl;
            if (head < range.Start || head >= range.End) continue;
            if (!subordinate) return content;
            // "As Clinton told the Daily News, tax relief is …": a clause of "as" reports the main clause (WithinFrontedClause).
            if (HasMarker(child, "as")) return content;
            int end = Math.Min(_syntax.SubtreeOf(child).End, range.End);
            // "Although X admitted …, when the primaries conclude, his campaign has argued …": another adverbial clause
            // of the main verb before its subject still belongs to the content (the parser's attachment of it is loose).
            while (end < range.End && end != head)
            {
                int top = ChildOnPathTo(end, head);
                if (top < 0 || !(IsPunct(end) || _syntax.RelationAt(top).Universal() == DependencyRelation.Advcl)) break;
                end = IsPunct(end) ? end + 1 : _syntax.SubtreeOf(top).End;
            }
            while (end > range.Start && IsNestingLinker(end - 1)) end--;
            end = TrimEnd(range.Start, Math.Min(end, range.End));
            if (end <= range.Start || end >= range.End || InSpeechQuote(end)) return content;
            return content with { Fragments = [.. content.Fragments.Take(content.Fragments.Count - 1), new TextSpan(last.Start, _tokens.EndAt(end - 1))], End = end };
        }
        return content;
    }

    /// <summary>Whether the clause headed by <paramref name="clause"/> is opened by the subordinator <paramref name="word"/>.</summary>
    private bool HasMarker(int clause, string word)
    {
        foreach (int child in _syntax!.ChildrenOf(clause))
        {
            if (_syntax.RelationAt(child).Universal() == DependencyRelation.Mark && Is(child, word)) return true;
        }
        return false;
    }
}
