using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// One document's extraction. The cascade, sentence by sentence in text order (pronouns need earlier speakers):
/// 1. every cue outside quotation marks that is not an infinitive or a passive;
/// 2. content on its left ("“…,” West said", "…, he said") when the cue inverts and ends its clause;
/// 3. otherwise content on its right (“said: “…””, "said (that) …"), up to the next coordinated cue;
/// 4. a subject on the left, or after an inverted cue, or shared with the previous cue of the sentence;
/// 5. verbs of the learned table with a syntactic subject and complement, where the rules found nothing;
/// 6. afterwards, quoted sentences with no cue of their own continue the previous speaker;
/// 7. last, nouns, adjectives and place phrases as cues, where nothing was found ("criticism of", "in a poll").
/// </summary>
internal sealed partial class ExtractionRun
{
    /// <summary>A subject phrase longer than this is more likely a clause than a speaker.</summary>
    private const int MaxSubjectTokens = 12;

    /// <summary>How far after a cue a "that" may stand and still open its content ("pointed out in September that").</summary>
    private const int ThatWindow = 6;

    /// <summary>A bare content clause (no "that", no marks) shorter than this is not reported speech.</summary>
    private const int MinBareContentTokens = 3;

    private readonly Document _document;
    private readonly string _text;
    private readonly TokenLayer _tokens;
    private readonly SentenceLayer _sentences;
    private readonly ParagraphLayer _paragraphs;
    private readonly CueLexicon _lexicon;
    private readonly QuotedSpanIndex _quotes;
    private readonly SpeakerResolver _speakers;
    private readonly SyntaxLayer? _syntax;
    private readonly SyntacticCueTable _table;
    private readonly CueClassifier? _classifier;
    /// <summary>When set (training), table candidates are recorded here instead of being decided.</summary>
    private readonly List<CueCandidate>? _candidates;
    /// <summary>The learned decision over cues that are not verbs (<see cref="AddNonVerbCues"/>); null leaves them out.</summary>
    private readonly CueClassifier? _nonVerbClassifier;
    /// <summary>When set (training), non-verb candidates are recorded here instead of being decided.</summary>
    private readonly List<CueCandidate>? _nonVerbCandidates;
    private readonly List<QuoteDraft> _drafts = [];
    private readonly List<Attribution> _attributions = [];

    public ExtractionRun(Document document, CueLexicon lexicon, SyntacticCueTable table, CueClassifier? classifier = null, List<CueCandidate>? candidates = null,
        CueClassifier? nonVerbClassifier = null, List<CueCandidate>? nonVerbCandidates = null)
    {
        _nonVerbClassifier = nonVerbClassifier;
        _nonVerbCandidates = nonVerbCandidates;
        _classifier = classifier;
        _candidates = candidates;
        _syntax = document.TryGet<SyntaxLayer>(out var syntax) ? syntax : null;
        _table = table;
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _sentences = document.Sentences;
        _paragraphs = document.Paragraphs;
        _lexicon = lexicon;
        _quotes = new QuotedSpanIndex(_text, _tokens, _sentences, QuotationMarks.Pair(_text, _paragraphs));
        _speakers = new SpeakerResolver(document, _tokens);
        _speakers.LearnNames(_sentences);
    }

    /// <summary>A draft with the token facts the later passes need.</summary>
    private sealed record Attribution(QuoteDraft Draft, int Sentence, int SubjectToken, SpeakerResolver.Speaker? Speaker);

    public List<QuoteDraft> Run()
    {
        for (int s = 0; s < _sentences.Count; s++)
        {
            ProcessSentence(s);
            AddSyntacticCues(s);
        }
        AddContinuations();
        AddNonVerbCues();
        return _drafts;
    }

    private ReadOnlySpan<char> W(int t) => _tokens.TextAt(t);

    private bool Is(int t, string word) => t >= 0 && t < _tokens.Count && _tokens.TextAt(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int t) => t >= 0 && t < _tokens.Count && _tokens.KindAt(t) is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Symbol;

    private bool IsQuoteMark(int t) => t >= 0 && t < _tokens.Count && (_tokens.KindAt(t) == TokenKind.Quote || (_tokens.EndAt(t) - _tokens.StartAt(t) == 1 && QuotationMarks.IsQuoteChar(_text[_tokens.StartAt(t)])));

    private bool IsWord(int t) => t >= 0 && t < _tokens.Count && !IsPunct(t);

    private bool InSpeechQuote(int t)
    {
        int q = _quotes.QuoteOf(t);
        return q >= 0 && _quotes.IsSpeech(q);
    }

    private TextSpan SpanOf(int first, int end) => new(_tokens.StartAt(first), _tokens.EndAt(end - 1));
}
