using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>The classifier feature of a passive verb whose "by" phrase names the source ("is backed by 34% of voters"), tried when the model knows it.</summary>
    private const string AgentFeature = "agent";

    /// <summary>
    /// "He is backed by 34% of GOP voters", "those results were ignored by the military officers", "candidates backed by
    /// super PACs": PolNeAR makes the agent of a passive the source and the passive subject (or the noun the participle
    /// modifies) the content. A candidate like the others; the classifier decides. Whether it became (or, in training,
    /// was recorded as) one.
    /// </summary>
    private bool TryAgentCandidate(int h, TokenRange sentence)
    {
        var syntax = _syntax!;
        if (_candidates is null && _classifier?.Knows(AgentFeature) != true) return false;
        if (SyntaxLabels.Name(syntax.TagAt(h)) != "VBN") return false;
        int agent = AgentOf(h);
        if (agent < 0) return false;
        var contentRange = PassiveTheme(h);
        if (contentRange.IsEmpty || contentRange.Contains(h)) return false;
        var agentRange = syntax.SubtreeOf(agent);
        int start = agentRange.Start;
        while (start < agent && (IsPunct(start) || syntax.HeadAt(start) == agent && syntax.RelationAt(start).Universal() == DependencyRelation.Case)) start++;
        int end = agentRange.End;
        while (end > start && IsPunct(end - 1) && !IsQuoteMark(end - 1)) end--;
        agentRange = new TokenRange(start, end);
        if (agentRange.IsEmpty || agentRange.Start <= h || contentRange.Start < agentRange.End && agentRange.Start < contentRange.End) return false;
        int cueFirst = CueStart(h, contentRange.End <= h ? contentRange.End : sentence.Start);
        int cueEnd = h + 1;
        var cueSpan = SpanOf(cueFirst, cueEnd);
        var contentSpan = SpanOf(contentRange.Start, contentRange.End);
        var agentSpan = SpanOf(agentRange.Start, agentRange.End);
        if (IsCovered(cueSpan) || IsCovered(contentSpan) || IsCoveredByContentOrCue(agentSpan)) return false;
        var (headStart, headEnd) = NameAround(agent);
        var subject = new Subject(agentRange.Start, agentRange.End, headStart, headEnd);
        var speaker = ResolveSubject(subject);
        if (speaker.Name is null) return false;
        var kind = new CueComplement(DependencyRelation.OblAgent, "by");
        bool modifier = syntax.RelationAt(h).Universal() == DependencyRelation.Acl;
        void Features(FeatureSink sink)
        {
            CandidateFeatures(sink, h, agent, kind, agentRange, contentRange, cueEnd, sentence, speaker, -1, cueFirst);
            sink.Add(AgentFeature);
            sink.Add("agent=", syntax.LemmaAt(h));
            if (modifier) sink.Add("agentacl");
        }
        if (_candidates is not null)
        {
            var features = new FeatureList();
            Features(features);
            _candidates.Add(new CueCandidate(h, cueSpan, contentSpan, agentSpan, features.ToArray()));
            return true;
        }
        var score = _candidateScore ??= new WeightSum(_classifier!);
        score.Clear();
        Features(score);
        if (!_classifier!.Accepts(score.Probability, objectContent: false)) return false;
        var entry = _lexicon.Match(_tokens, h)?.Entry ?? new CueEntry(syntax.LemmaAt(h), CueClass.Speech, Inverts: false, TakesObject: false, Weak: false, NoClause: false);
        var content = new Content([contentSpan], contentRange.Start, contentRange.End, cueEnd, false);
        // The source stands after the cue, as in an inverted "said X": the content rules for a clause after the cue do not apply.
        var draft = Emit(content, new CueMatch(entry, h, cueEnd, CueForm.Base), cueEnd, subject, sentence, inverted: true);
        draft.Confidence *= SyntacticCueFactor;
        return true;
    }

    /// <summary>The "by" phrase of a passive participle after it, or -1.</summary>
    private int AgentOf(int verb)
    {
        var syntax = _syntax!;
        foreach (int child in syntax.ChildrenOf(verb))
        {
            if (child <= verb || syntax.RelationAt(child).Universal() != DependencyRelation.Obl) continue;
            foreach (int marker in syntax.ChildrenOf(child))
            {
                if (marker < child && Is(marker, "by") && syntax.RelationAt(marker).Universal() == DependencyRelation.Case) return child;
            }
        }
        return -1;
    }

    /// <summary>What a passive is said of: its subject before it ("He is backed by"), or the noun its participle modifies ("candidates backed by").</summary>
    private TokenRange PassiveTheme(int verb)
    {
        var syntax = _syntax!;
        int subject = syntax.ChildWith(verb, DependencyRelation.NsubjPass);
        if (subject >= 0) return subject < verb ? SyntacticArguments.SubjectPhrase(syntax, _text, subject) : default;
        int head = syntax.HeadAt(verb);
        if (head < 0 || head >= verb || syntax.RelationAt(verb).Universal() != DependencyRelation.Acl
            || syntax.PosAt(head) is not (UniversalPos.Noun or UniversalPos.Propn or UniversalPos.Pron)) return default;
        return ParticipleSubject(head, verb);
    }
}
