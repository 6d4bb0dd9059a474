using System.Collections.Frozen;
using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>Weighs each candidate's features without building them (<see cref="CandidateFeatures"/>), made on first use.</summary>
    private WeightSum? _candidateScore;

    /// <summary>
    /// Verbs whose cue PolNeAR runs through the verb of their to-infinitive ("continued to question | X", "tried to
    /// portray | X as …"): in train gold 30, 28 and 7 cues so, none, one and one stopping before "to".
    /// </summary>
    private static readonly FrozenSet<string> ChainGovernors = FrozenSet.ToFrozenSet(new[] { "continue", "try", "struggle" }, StringComparer.Ordinal);

    /// <summary>
    /// An accepted candidate whose content is an open complement: "continued to question Cruz's temperament" and "made
    /// (it) clear that …" have the cue run through the complement's head and the content be that head's own complement.
    /// Otherwise the candidate's content and cue end as found. Held-out train, two folds, frozen models: cue exact +8 / +4
    /// tp, content +6 / +5 tp, source +3 / +3.
    /// </summary>
    private (TokenRange Content, int CueEnd) ThroughOpenComplement(int verb, CueComplement kind, SyntacticArguments.Found found)
    {
        var syntax = _syntax!;
        int inner = found.Node;
        if (kind != new CueComplement(DependencyRelation.Xcomp, null) || inner <= verb) return (found.Content, found.CueEnd);
        bool chain = ChainGovernors.Contains(syntax.LemmaAt(verb)) && syntax.PosAt(inner) == UniversalPos.Verb && Is(inner - 1, "to");
        bool adjective = syntax.PosAt(inner) == UniversalPos.Adj && syntax.ChildWith(inner, DependencyRelation.Ccomp) > inner;
        if (!chain && !adjective) return (found.Content, found.CueEnd);
        foreach (var relation in SyntacticArguments.ContentRelations)
        {
            var complement = SyntacticArguments.Find(syntax, _text, inner, new CueComplement(relation, null));
            if (complement.IsEmpty) continue;
            var range = complement.Content;
            // "made clear that …": the complementiser is no part of the content.
            if (Is(range.Start, "that") && syntax.RelationAt(range.Start) == DependencyRelation.Mark) range = new TokenRange(range.Start + 1, range.End);
            return range.IsEmpty ? (found.Content, found.CueEnd) : (range, inner + 1);
        }
        return (found.Content, found.CueEnd);
    }

    /// <summary>
    /// What <see cref="CueClassifier"/> knows of a candidate: the verb (lemma, tag, auxiliaries, its place in the tree),
    /// its learned share, the subject's kind, the complement's shape, and the punctuation and quotation marks around.
    /// Conjunctions pair the lemma with the complement and the subject kind.
    /// </summary>
    private void CandidateFeatures(FeatureSink sink, int verb, int subjectNode, CueComplement kind, TokenRange subject, TokenRange content, int cueEnd, TokenRange sentence, SpeakerResolver.Speaker speaker, int objectNode, int cueStart)
    {
        var syntax = _syntax!;
        string lemma = syntax.LemmaAt(verb);
        string k = kind.ToString();
        var (shareBin, seen) = ShareBin(lemma, kind);
        string subjectKind = SubjectKind(subjectNode);
        sink.Add("bias");
        sink.Add("l=", lemma);
        sink.Add("lk=", lemma, "|", k);
        sink.Add("k=", k);
        sink.Add("sh=", shareBin);
        sink.Add("shk=", shareBin, "|", k);
        sink.Add("shs=", shareBin, "|", subjectKind);
        sink.Add("sk=", subjectKind);
        sink.Add("lsk=", lemma, "|", subjectKind);
        sink.Add("ksk=", k, "|", subjectKind);
        sink.Add("t=", SyntaxLabels.Name(syntax.TagAt(verb)));
        sink.Add("r=", SyntaxLabels.Name(syntax.RelationAt(verb).Universal()));
        sink.Add("sl=", Bin(subject.End - subject.Start));
        sink.Add("cl=", Bin(content.End - content.Start));
        sink.Add("vp=", Bin(verb - sentence.Start));
        sink.Add("sb=", subject.End <= verb ? "before" : "after");
        if (seen > 0) sink.Add("seen=", Bin(seen));
        string who = speaker.Resolution + (speaker.IsPerson ? "|person" : speaker.IsGroup ? "|group" : "") + (speaker.Title is null ? "" : "|title");
        sink.Add("sp=", who);
        sink.Add("spk=", who, "|", k);
        sink.Add("spsh=", who, "|", shareBin);
        if (_lexicon.Match(_tokens, verb) is { } lexical)
            sink.Add("lx=", lexical.Entry.Class.ToString(), lexical.Entry.Weak ? "|weak" : "");
        int head = syntax.HeadAt(verb);
        sink.Add("rh=", SyntaxLabels.Name(syntax.RelationAt(verb).Universal()), "|", (head < 0 ? "root" : SyntaxLabels.Name(syntax.PosAt(head))));
        if (head >= 0 && syntax.RelationAt(verb).Universal() is DependencyRelation.Xcomp or DependencyRelation.Conj or DependencyRelation.Advcl)
            sink.Add("hl=", syntax.LemmaAt(head));
        foreach (int child in syntax.ChildrenOf(verb))
        {
            var relation = syntax.RelationAt(child);
            if (relation is DependencyRelation.Aux or DependencyRelation.AuxPass) sink.Add("aux=", syntax.LemmaAt(child));
            else if (child < verb && relation == DependencyRelation.Advmod && (Is(child, "not") || Is(child, "n't") || Is(child, "never"))) sink.Add("neg");
            else if (child > verb && relation is DependencyRelation.Obj or DependencyRelation.Iobj && kind.Relation != DependencyRelation.Obj) sink.Add("obj+", k);
        }
        if (subjectNode >= 0 && syntax.HeadAt(subjectNode) == verb && syntax.RelationAt(subjectNode) == DependencyRelation.NsubjPass) sink.Add("pass");
        int first = content.Start;
        string firstWord = IsQuoteMark(first) ? "\"" : _tokens.TextAt(first).ToString().ToLowerInvariant();
        sink.Add("cf=", (firstWord is "\"" or "that" or "to" or "if" or "whether" or "how" or "what" or "why" or "when" or "the" or "a" or "his" or "her" or "their" ? firstWord : syntax.PosAt(first).ToString()));
        sink.Add("lcf=", lemma, "|", firstWord);
        int node = -1;
        for (int t = content.Start; t < content.End && node < 0; t++)
        {
            if (syntax.HeadAt(t) < content.Start || syntax.HeadAt(t) >= content.End) node = t;
        }
        if (node >= 0)
        {
            sink.Add("ch=", SyntaxLabels.Name(syntax.PosAt(node)));
            if (syntax.ChildWith(node, DependencyRelation.Nsubj) >= 0) sink.Add("csubj");
        }
        bool quoted = false;
        for (int t = content.Start; t < content.End && !quoted; t++) quoted = IsQuoteMark(t);
        if (quoted) sink.Add("cq");
        for (int t = sentence.Start; t < sentence.End; t++)
        {
            if (IsQuoteMark(t) && !content.Contains(t)) { sink.Add("sq"); break; }
        }
        sink.Add("pv=", Around(Math.Min(verb, subject.Start) - 1));
        sink.Add("nx=", Around(cueEnd));
        sink.Add("ce=", Around(content.End));
        if (_attributions.Count > 0 && _attributions[^1].Sentence == _sentences.IndexOfToken(verb)) sink.Add("sentattr");
        // The object's noun ("voiced concerns", "took shots"), the content's head word, the verb's place in the tree
        // and the word before the cue ("who", "to", "and"): held-out train candidate AUC 0.857 -> 0.864 (two folds alike).
        if (objectNode >= 0)
        {
            sink.Add("ol=", syntax.LemmaAt(objectNode));
            sink.Add("lol=", lemma, "|", syntax.LemmaAt(objectNode));
        }
        if (node >= 0) sink.Add("chl=", syntax.LemmaAt(node));
        sink.Add("lr=", lemma, "|", SyntaxLabels.Name(syntax.RelationAt(verb).Universal()));
        sink.Add("pw=", (cueStart <= 0 ? "edge" : _tokens.TextAt(cueStart - 1).ToString().ToLowerInvariant()));
        NestingFeatures(sink, verb, subject, k);
    }

    /// <summary>
    /// A candidate inside the content of an earlier attribution of its sentence (<see cref="TryNestingHost"/>: "…, while
    /// nine in 10 said …", "blamed … and cast her as …"): that it nests, the host cue's lemma, and how its verb hangs
    /// from the host's cue (as a coordinated predicate or not at all).
    /// </summary>
    private void NestingFeatures(FeatureSink sink, int verb, TokenRange subject, string kind)
    {
        var verbSpan = _tokens.SpanAt(verb);
        foreach (var d in _drafts)
        {
            if (d.Content.Count == 0 || d.Cue is not { } hostCue || !d.Content[^1].Contains(verbSpan) || hostCue.End > verbSpan.Start) continue;
            sink.Add("nest");
            sink.Add("nestk=", kind);
            int hostHead = _tokens.ToTokenRange(hostCue, SpanAlignment.Expand) is { } r ? TopOf(r.Start, r.End) : -1;
            if (hostHead < 0) return;
            sink.Add("nestl=", _syntax!.LemmaAt(hostHead));
            sink.Add("nestr=", ChildOnPathTo(verb, hostHead) == verb ? "conj" : "free");
            int before = Math.Min(verb, subject.Start) - 1;
            sink.Add("nestpw=", before < 0 ? "edge" : _tokens.TextAt(before).ToString().ToLowerInvariant());
            return;
        }
    }

    /// <summary>The table's annotated share of (lemma, complement) as a feature value ("none" when unseen), and how often it was seen.</summary>
    private (string Bin, int Seen) ShareBin(string lemma, CueComplement kind)
    {
        var (share, seen) = _table.ShareOf(lemma, kind);
        string bin = seen == 0 ? "none" : share switch
        {
            < 0.05 => "0", < 0.1 => "1", < 0.2 => "2", < 0.3 => "3", < 0.5 => "4", < 0.7 => "5", _ => "6",
        };
        return (bin, seen);
    }

    /// <summary>
    /// What tells a light verb of an object phrase ("took aim at", "made no mention of": PolNeAR's cue runs to the
    /// preposition) from a reporting verb with an object of its own ("condemned the deal with", "praised his positions
    /// on": the cue is the verb alone): how often the verb with a plain object is a cue, and its lexicon class.
    /// </summary>
    private string[] ObjectPhraseFeatures(int verb)
    {
        string lemma = _syntax!.LemmaAt(verb);
        var lexical = _lexicon.Match(_tokens, verb);
        return ["opsh=" + ShareBin(lemma, new CueComplement(DependencyRelation.Obj, null)).Bin, "oplx=" + (lexical is { } m ? m.Entry.Class.ToString() : "none")];
    }

    private string SubjectKind(int node)
    {
        if (_syntax!.PosAt(node) == UniversalPos.Propn) return "propn";
        if (_syntax.PosAt(node) == UniversalPos.Pron)
        {
            var word = _tokens.TextAt(node);
            if (WordClasses.SingularPersonPronouns.Has(word)) return "he";
            return word.ToString().ToLowerInvariant() switch
            {
                "they" => "they", "it" => "it", "we" => "we", "i" => "i", "you" => "you", _ => "pron",
            };
        }
        return _syntax.PosAt(node) == UniversalPos.Noun ? "noun" : "other";
    }

    /// <summary>The token at <paramref name="t"/> as a context feature: punctuation as itself, else its part of speech.</summary>
    private string Around(int t)
    {
        if (t < 0 || t >= _tokens.Count) return "edge";
        if (IsQuoteMark(t)) return "quote";
        return IsPunct(t) ? _tokens.TextAt(t).ToString() : SyntaxLabels.Name(_syntax!.PosAt(t));
    }

    private static string Bin(int n) => n switch { <= 0 => "0", 1 => "1", 2 => "2", <= 4 => "3-4", <= 8 => "5-8", <= 16 => "9-16", <= 32 => "17-32", _ => "33+" };
}
