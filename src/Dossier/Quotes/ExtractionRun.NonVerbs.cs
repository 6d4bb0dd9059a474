using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Cues that are not verbs, found through the parse and decided by a classifier of their own
/// (<see cref="QuoteExtractor.NonVerbClassifier"/>, models/quotes-noun-cue-classifier.tsv):
/// - a noun with a complement: "Trump's criticism of | Obama", "fears | that businesses will react", "his call | to ban …";
///   the possessor (or a "by" / "from" phrase) is the source, else there is none;
/// - an adjective predicate with a complement: "Cruz | was critical of | the deal", "they | are confident | that …";
/// - a place phrase: "In | a poll released Monday, | 50 percent chose Clinton": the phrase's object is the source.
/// No word list: the noun's or adjective's lemma, its complement, its source and the reporting verb it derives from
/// ("criticism" → "criticize", looked up in the learned verb table) are features, and the classifier learns from
/// PolNeAR train which shapes are annotated. Tried after every other cue, continuations included, and only where
/// nothing was found.
/// </summary>
internal sealed partial class ExtractionRun
{
    /// <summary>A non-verb cue as a candidate: its kind, head word, complement marker, and token ranges.</summary>
    private sealed record NonVerbCandidate(string Kind, int Head, string Marker, TokenRange Cue, TokenRange[] Content, TokenRange Source, int SourceHead, string SourceKind);

    /// <summary>Weighs each non-verb candidate's features, made on first use.</summary>
    private WeightSum? _nonVerbScore;

    /// <summary>The longest cue phrase a candidate may open with (adjectives before a noun, auxiliaries before an adjective).</summary>
    private const int MaxNonVerbCueWords = 6;

    private void AddNonVerbCues()
    {
        if (_syntax is null || _nonVerbClassifier is null && _nonVerbCandidates is null) return;
        for (int s = 0; s < _sentences.Count; s++)
        {
            var sentence = _sentences.TokensAt(s);
            for (int h = sentence.Start; h < sentence.End; h++)
            {
                if (InSpeechQuote(h) || IsCovered(_tokens.SpanAt(h))) continue;
                var candidate = _syntax.PosAt(h) switch
                {
                    UniversalPos.Noun => NounCandidate(h, sentence),
                    UniversalPos.Adj => AdjectiveCandidate(h, sentence),
                    UniversalPos.Adp => PhraseCandidate(h, sentence),
                    _ => null,
                };
                if (candidate is not null) TryNonVerbCandidate(candidate, sentence);
            }
        }
    }

    /// <summary>
    /// "criticism of | X", "questions about | X", "claims | that …", "his decision | to …": a noun with a prepositional
    /// phrase, a to-infinitive or a that-clause after it. PolNeAR puts the preposition right after the noun into the cue
    /// (train: 372 to 53), and the noun's adjectives ("repeated denunciation of"), not its determiner (353 to 72).
    /// </summary>
    private NonVerbCandidate? NounCandidate(int noun, TokenRange sentence)
    {
        var syntax = _syntax!;
        int node = -1, marker = -1;
        string kind = "";
        foreach (int child in syntax.ChildrenOf(noun))
        {
            if (child <= noun) continue;
            var relation = syntax.RelationAt(child);
            int m = SyntacticArguments.MarkerOf(syntax, child);
            if (relation == DependencyRelation.Nmod && m >= 0 && syntax.PosAt(m) == UniversalPos.Adp && !IsSourceMarker(m)) kind = Lower(m);
            else if (relation == DependencyRelation.Acl && m >= 0 && (Is(m, "to") || Is(m, "that"))) kind = Lower(m);
            else if (relation == DependencyRelation.Ccomp) kind = "ccomp";
            else continue;
            node = child;
            marker = m;
            break;
        }
        if (node < 0) return null;
        int start = noun;
        while (start - 1 >= sentence.Start && noun - start < MaxNonVerbCueWords && IsModifierOf(start - 1, noun)) start--;
        var (content, cueEnd) = ComplementAfterHead(noun, node, marker);
        if (content.IsEmpty) return null;
        var (source, sourceHead, sourceKind) = NounSource(noun, node);
        return new NonVerbCandidate("noun", noun, kind, new TokenRange(start, cueEnd), [content], source, sourceHead, sourceKind);
    }

    /// <summary>The complement's words and where the cue ends: a preposition right after the head closes the cue ("critical of | …"); else the cue is the head.</summary>
    private (TokenRange Content, int CueEnd) ComplementAfterHead(int head, int node, int marker)
    {
        var content = SyntacticArguments.TrimmedSubtree(_syntax!, _text, node);
        if (marker != head + 1 || _syntax!.PosAt(marker) != UniversalPos.Adp) return (content, head + 1);
        return (new TokenRange(marker + 1, content.End), marker + 1);
    }

    /// <summary>"by", "from", "among": a phrase of the noun that names who holds the view ("criticism from Democrats").</summary>
    private bool IsSourceMarker(int marker) => Is(marker, "by") || Is(marker, "from") || Is(marker, "among");

    /// <summary>An adjective of the noun, or an adverb of such an adjective ("growing concern", "more vocal opposition").</summary>
    private bool IsModifierOf(int t, int noun)
    {
        var syntax = _syntax!;
        int head = syntax.HeadAt(t);
        if (head == noun) return syntax.RelationAt(t) == DependencyRelation.Amod;
        return head > t && head < noun && syntax.HeadAt(head) == noun && syntax.RelationAt(head) == DependencyRelation.Amod
            && syntax.RelationAt(t) == DependencyRelation.Advmod;
    }

    /// <summary>The holder of a noun's view: its possessor with "'s" ("Trump's", "his"), else a "by" / "from" / "among" phrase after it.</summary>
    private (TokenRange Range, int Head, string Kind) NounSource(int noun, int content)
    {
        var syntax = _syntax!;
        foreach (int child in syntax.ChildrenOf(noun))
        {
            if (child < noun && syntax.RelationAt(child) == DependencyRelation.NmodPoss)
                return (syntax.SubtreeOf(child), child, "poss-" + SubjectKind(child));
        }
        foreach (int child in syntax.ChildrenOf(noun))
        {
            if (child <= noun || child == content || syntax.RelationAt(child) != DependencyRelation.Nmod) continue;
            int m = SyntacticArguments.MarkerOf(syntax, child);
            if (m < 0 || !IsSourceMarker(m)) continue;
            var range = SyntacticArguments.TrimmedSubtree(syntax, _text, child);
            return (new TokenRange(m + 1, range.End), child, Lower(m) + "-" + SubjectKind(child));
        }
        return (default, -1, "none");
    }

    /// <summary>
    /// "Cruz | was critical of | the deal", "they | are confident | that …", "voters | are more likely to | …": an adjective
    /// with a copula, a subject before it and a complement after it. The cue takes the copula, auxiliaries and adverbs,
    /// and a preposition right after the adjective.
    /// </summary>
    private NonVerbCandidate? AdjectiveCandidate(int adjective, TokenRange sentence)
    {
        var syntax = _syntax!;
        int copula = syntax.ChildWith(adjective, DependencyRelation.Cop);
        int subject = syntax.ChildWith(adjective, DependencyRelation.Nsubj);
        if (copula < 0 || copula > adjective || subject < 0 || subject > adjective) return null;
        int node = -1, marker = -1;
        string kind = "";
        foreach (int child in syntax.ChildrenOf(adjective))
        {
            if (child <= adjective) continue;
            var relation = syntax.RelationAt(child).Universal();
            int m = SyntacticArguments.MarkerOf(syntax, child);
            if (relation is DependencyRelation.Ccomp or DependencyRelation.Xcomp) kind = SyntaxLabels.Name(relation) + (m >= 0 ? "/" + Lower(m) : "");
            else if (relation is DependencyRelation.Obl or DependencyRelation.Advcl && m >= 0) kind = Lower(m);
            else continue;
            node = child;
            marker = m;
            break;
        }
        if (node < 0) return null;
        var source = SyntacticArguments.SubjectPhrase(syntax, _text, subject);
        if (source.IsEmpty || source.End > copula) return null;
        int start = adjective;
        while (start - 1 >= source.End && adjective - start < MaxNonVerbCueWords && syntax.HeadAt(start - 1) == adjective
               && syntax.RelationAt(start - 1) is DependencyRelation.Aux or DependencyRelation.AuxPass or DependencyRelation.Cop or DependencyRelation.Advmod)
            start--;
        var (content, cueEnd) = ComplementAfterHead(adjective, node, marker);
        if (content.IsEmpty) return null;
        return new NonVerbCandidate("adj", adjective, kind, new TokenRange(start, cueEnd), [content], source, subject, SubjectKind(subject));
    }

    /// <summary>
    /// "In | a national CNN/ORC poll released Monday, | 31% of Republicans said …", "Trump has a decisive lead | in | the
    /// polls": a preposition whose phrase hangs from a clause's predicate; the phrase's object is the source and the rest
    /// of the clause the content. "in" anywhere; other prepositions only when the phrase opens the sentence before a comma
    /// ("For most Democrats, …", "Under Missouri law, …").
    /// </summary>
    private NonVerbCandidate? PhraseCandidate(int preposition, TokenRange sentence)
    {
        var syntax = _syntax!;
        int obj = syntax.HeadAt(preposition);
        if (obj <= preposition || syntax.RelationAt(preposition) != DependencyRelation.Case
            || syntax.PosAt(obj) is not (UniversalPos.Noun or UniversalPos.Propn) || syntax.RelationAt(obj).Universal() != DependencyRelation.Obl) return null;
        int predicate = syntax.HeadAt(obj);
        if (predicate < 0) return null;
        var phrase = SyntacticArguments.TrimmedSubtree(syntax, _text, obj);
        if (phrase.Start != preposition) return null;
        bool fronted = preposition == sentence.Start && Is(phrase.End, ",");
        if (!Is(preposition, "in") && !fronted) return null;
        var clause = SyntacticArguments.TrimmedSubtree(syntax, _text, predicate);
        var fragments = new List<TokenRange>(2);
        foreach (var side in new[] { new TokenRange(clause.Start, phrase.Start), new TokenRange(phrase.End, clause.End) })
        {
            int a = side.Start, b = side.End;
            while (a < b && IsPunct(a) && !IsQuoteMark(a)) a++;
            while (b > a && IsPunct(b - 1) && !IsQuoteMark(b - 1)) b--;
            if (b > a) fragments.Add(new TokenRange(a, b));
        }
        if (fragments.Count == 0) return null;
        return new NonVerbCandidate("prep", preposition, Lower(preposition) + (fronted ? "|front" : ""), new TokenRange(preposition, preposition + 1), [.. fragments],
            new TokenRange(preposition + 1, phrase.End), obj, SubjectKind(obj));
    }

    /// <summary>One non-verb candidate: recorded in training, else an attribution when the classifier accepts it.</summary>
    private void TryNonVerbCandidate(NonVerbCandidate c, TokenRange sentence)
    {
        var cueSpan = SpanOf(c.Cue.Start, c.Cue.End);
        if (IsCovered(cueSpan)) return;
        var fragments = new List<TextSpan>(c.Content.Length);
        foreach (var range in c.Content)
        {
            if (range.Contains(c.Head) || range.Start < c.Cue.End && c.Cue.Start < range.End) return;
            if (!c.Source.IsEmpty && range.Start < c.Source.End && c.Source.Start < range.End) return;
            var span = SpanOf(range.Start, range.End);
            if (IsCovered(span)) return;
            fragments.Add(span);
        }
        TextSpan? sourceSpan = c.Source.IsEmpty ? null : SpanOf(c.Source.Start, c.Source.End);
        if (sourceSpan is { } sp && IsCoveredByContentOrCue(sp)) return;
        var speaker = new SpeakerResolver.Speaker(null, -1, SpeakerResolution.Unresolved, false, false, 1f, null);
        if (!c.Source.IsEmpty)
        {
            var (headStart, headEnd) = NameAround(c.SourceHead);
            speaker = ResolveSubject(new Subject(c.Source.Start, c.Source.End, headStart, headEnd));
        }
        // An adjective's subject speaks for itself only when the resolver can name it, as for the verb candidates.
        if (c.Kind == "adj" && speaker.Name is null) return;
        void Features(FeatureSink sink) => NonVerbFeatures(sink, c, sentence, speaker);
        if (_nonVerbCandidates is not null)
        {
            var features = new FeatureList();
            Features(features);
            var whole = new TextSpan(fragments[0].Start, fragments[^1].End);
            _nonVerbCandidates.Add(new CueCandidate(c.Head, cueSpan, whole, sourceSpan ?? default, features.ToArray()));
            return;
        }
        var score = _nonVerbScore ??= new WeightSum(_nonVerbClassifier!);
        score.Clear();
        Features(score);
        if (!_nonVerbClassifier!.Accepts(score.Probability, objectContent: false)) return;
        _drafts.Add(new QuoteDraft
        {
            Content = fragments,
            Cue = cueSpan,
            Speaker = sourceSpan,
            SpeakerName = speaker.Name,
            SpeakerActor = speaker.Actor,
            Resolution = speaker.Resolution,
            Type = TypeOf(fragments, false, CueClass.Speech),
            Confidence = IndirectConfidence * SyntacticCueFactor,
        });
    }

    /// <summary>
    /// What the non-verb classifier knows of a candidate: its kind, head lemma and complement marker, the source's kind and
    /// how it resolves, the reporting verb the noun derives from and how often the verb table saw that verb as a cue, the
    /// head's place in the tree, its determiner, and the content's shape.
    /// </summary>
    private void NonVerbFeatures(FeatureSink sink, NonVerbCandidate c, TokenRange sentence, SpeakerResolver.Speaker speaker)
    {
        var syntax = _syntax!;
        int h = c.Head;
        string lemma = syntax.LemmaAt(h).ToLowerInvariant();
        string kind = c.Kind;
        sink.Add("bias");
        sink.Add("k=", kind);
        sink.Add("l=", lemma);
        sink.Add("km=", kind, "|", c.Marker);
        sink.Add("lm=", lemma, "|", c.Marker);
        sink.Add("s=", kind, "|", c.SourceKind);
        sink.Add("ls=", lemma, "|", c.SourceKind);
        sink.Add("t=", kind, "|", SyntaxLabels.Name(syntax.TagAt(h)));
        if (!c.Source.IsEmpty)
        {
            string who = speaker.Resolution + (speaker.IsPerson ? "|person" : speaker.IsGroup ? "|group" : "");
            sink.Add("sp=", kind, "|", who);
        }
        int head = syntax.HeadAt(kind == "prep" ? c.SourceHead : h);
        string relation = SyntaxLabels.Name(syntax.RelationAt(kind == "prep" ? c.SourceHead : h).Universal());
        sink.Add("r=", kind, "|", relation, "|", head < 0 ? "root" : SyntaxLabels.Name(syntax.PosAt(head)));
        if (head >= 0)
        {
            sink.Add("hl=", kind, "|", syntax.LemmaAt(head).ToLowerInvariant());
            sink.Add("hlr=", syntax.LemmaAt(head).ToLowerInvariant(), "|", relation);
        }
        if (kind == "noun")
        {
            string determiner = "none";
            foreach (int child in syntax.ChildrenOf(h))
            {
                if (child < h && syntax.RelationAt(child) == DependencyRelation.Det) determiner = Lower(child);
            }
            sink.Add("d=", determiner);
            if (c.Cue.Start < h) sink.Add("amod");
            var (dv, share) = DerivedVerb(lemma);
            sink.Add("dv=", dv);
            sink.Add("dsh=", share);
            sink.Add("dshm=", share, "|", c.Marker);
        }
        if (kind == "adj")
        {
            foreach (int child in syntax.ChildrenOf(h))
            {
                if (child < h && (Is(child, "not") || Is(child, "n't") || Is(child, "never"))) sink.Add("neg");
                if (child < h && syntax.RelationAt(child) == DependencyRelation.Advmod && (Is(child, "more") || Is(child, "less") || Is(child, "most"))) sink.Add("cmp");
            }
            sink.Add("sk=", c.SourceKind);
        }
        if (kind == "prep")
        {
            string objectLemma = syntax.LemmaAt(c.SourceHead).ToLowerInvariant();
            sink.Add("ol=", objectLemma);
            sink.Add("mol=", c.Marker, "|", objectLemma);
            foreach (int child in syntax.ChildrenOf(c.SourceHead))
            {
                var r = syntax.RelationAt(child).Universal();
                if (child > c.SourceHead && r == DependencyRelation.Acl) sink.Add("oacl");
                if (child < c.SourceHead && r is DependencyRelation.Compound or DependencyRelation.Amod && syntax.PosAt(child) == UniversalPos.Propn) sink.Add("oprop");
            }
            sink.Add("cn=", c.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var content = c.Content[0];
        int length = 0;
        foreach (var f in c.Content) length += f.Length;
        sink.Add("cl=", kind, "|", Bin(length));
        int first = content.Start;
        string firstWord = IsQuoteMark(first) ? "\"" : Lower(first);
        sink.Add("cf=", kind, "|", firstWord is "\"" or "that" or "to" or "the" or "a" or "his" or "her" or "their" or "whether" or "how" or "what" ? firstWord : SyntaxLabels.Name(syntax.PosAt(first)));
        int node = -1;
        for (int t = content.Start; t < content.End && node < 0; t++)
        {
            if (syntax.HeadAt(t) < content.Start || syntax.HeadAt(t) >= content.End) node = t;
        }
        if (node >= 0)
        {
            sink.Add("ch=", kind, "|", SyntaxLabels.Name(syntax.PosAt(node)));
            if (syntax.ChildWith(node, DependencyRelation.Nsubj) >= 0) sink.Add("csubj");
        }
        foreach (var f in c.Content)
        {
            if (HasQuoteMark(f)) { sink.Add("cq"); break; }
        }
        for (int t = sentence.Start; t < sentence.End; t++)
        {
            if (IsQuoteMark(t) && !c.Content.Any(f => f.Contains(t))) { sink.Add("sq"); break; }
        }
        sink.Add("vp=", kind, "|", Bin(c.Cue.Start - sentence.Start));
        sink.Add("pw=", c.Cue.Start <= 0 ? "edge" : Lower(c.Cue.Start - 1));
        var sentenceSpan = _sentences.SpanAt(_sentences.IndexOfToken(h));
        foreach (var d in _drafts)
        {
            if (d.Cue is { } cue && sentenceSpan.Contains(cue)) { sink.Add("sentattr"); break; }
        }
    }

    /// <summary>Endings that turn a reporting verb into a noun, and the verb ending they replace ("criticism" → "criticize", "allegation" → "allege").</summary>
    private static readonly (string Noun, string Verb)[] Nominalisations =
    [
        ("ism", "ize"), ("ization", "ize"), ("ation", "e"), ("ation", ""), ("ition", "e"), ("sion", "de"), ("sion", "d"), ("ion", "e"), ("ion", ""),
        ("ment", ""), ("ance", ""), ("ence", ""), ("ial", "y"), ("al", "e"), ("al", ""), ("ing", ""), ("ure", "e"), ("t", ""), ("se", "d"),
    ];

    /// <summary>
    /// The reporting verb a noun derives from, as a feature: whether the cue lexicon holds it, and the learned table's
    /// best share for it ("support", "claim", "criticism" → "criticize"); ("none", "none") when no derivation is known.
    /// </summary>
    private (string Lexicon, string Share) DerivedVerb(string noun)
    {
        foreach (var (ending, replacement) in Nominalisations.Prepend(("", "")))
        {
            if (!noun.EndsWith(ending, StringComparison.Ordinal) || noun.Length - ending.Length < 3) continue;
            string verb = string.Concat(noun.AsSpan(0, noun.Length - ending.Length), replacement);
            bool lexical = _lexicon.IsCueWord(verb);
            string best = "none";
            double bestShare = -1;
            foreach (var k in _table.CandidateKinds(verb))
            {
                var (share, seen) = _table.ShareOf(verb, k);
                if (seen > 0 && share > bestShare) (bestShare, best) = (share, ShareBin(verb, k).Bin);
            }
            if (lexical || bestShare >= 0) return (lexical ? "lex" : "table", best);
        }
        return ("none", "none");
    }

    private string Lower(int t) => _tokens.TextAt(t).ToString().ToLowerInvariant();
}
