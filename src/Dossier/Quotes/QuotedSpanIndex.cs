using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// The document's quoted spans seen from the tokens: which top-level quotation holds each token, and what each
/// quotation is — a name or title in marks (“Haqqani”), a fragment of someone's words (“successful”), or
/// sentential speech that can stand as a direct quote on its own.
/// </summary>
internal sealed class QuotedSpanIndex
{
    /// <summary>A quoted name or title has at most this many words, each capitalised (or a joining word).</summary>
    private const int MaxNameWords = 6;

    /// <summary>A quotation of at least this many words is speech even without closing punctuation inside.</summary>
    private const int MinSententialWords = 8;

    /// <summary>A shorter quotation ending in punctuation ("“Khorasan.”") is a word in marks, not a sentence.</summary>
    private const int MinEndPunctuatedWords = 3;

    private readonly int[] _quoteOfToken;

    /// <summary>Character positions of the marks that open or close a paired quotation, at any depth.</summary>
    private readonly HashSet<int> _marks = [];

    public QuotedSpanIndex(string text, TokenLayer tokens, SentenceLayer sentences, List<QuotedSpan> all)
    {
        Spans = [.. all.Where(q => q.Depth == 0)];
        foreach (var span in all)
        {
            for (int i = span.Outer.Start; i < span.Inner.Start; i++) _marks.Add(i);
            for (int i = span.Inner.End; i < span.Outer.End; i++) _marks.Add(i);
        }
        Kinds = new QuotedKind[Spans.Count];
        FirstToken = new int[Spans.Count];
        EndToken = new int[Spans.Count];
        _quoteOfToken = new int[tokens.Count];
        Array.Fill(_quoteOfToken, -1);
        for (int q = 0; q < Spans.Count; q++)
        {
            var range = tokens.ToTokenRange(Spans[q].Outer, SpanAlignment.Expand) ?? new TokenRange(0, 0);
            FirstToken[q] = range.Start;
            EndToken[q] = range.End;
            for (int t = range.Start; t < range.End; t++) _quoteOfToken[t] = q;
        }
        for (int q = 0; q < Spans.Count; q++) Kinds[q] = Classify(text, tokens, sentences, q);
    }

    public IReadOnlyList<QuotedSpan> Spans { get; }
    public QuotedKind[] Kinds { get; }
    public int[] FirstToken { get; }
    public int[] EndToken { get; }

    /// <summary>The top-level quotation holding token <paramref name="token"/>, or -1.</summary>
    public int QuoteOf(int token) => token >= 0 && token < _quoteOfToken.Length ? _quoteOfToken[token] : -1;

    /// <summary>
    /// True when the character at <paramref name="position"/> opens or closes a quotation; an apostrophe the pairing
    /// left alone ("in 't Veld", "O'Rourke", "’90s") is not a quotation mark.
    /// </summary>
    public bool IsMarkAt(int position) => _marks.Contains(position);

    public bool IsSpeech(int q) => Kinds[q] != QuotedKind.Name;

    private QuotedKind Classify(string text, TokenLayer tokens, SentenceLayer sentences, int q)
    {
        var span = Spans[q];
        var inner = text.AsSpan(span.Inner.Start, span.Inner.Length).Trim();
        int words = 0, capitalised = 0, joining = 0, innerPunctuation = 0;
        int lastWordToken = -1;
        for (int t = FirstToken[q]; t < EndToken[q]; t++)
        {
            var w = tokens.TextAt(t);
            var kind = tokens.KindAt(t);
            if (kind is TokenKind.Quote) continue;
            if (kind is TokenKind.Punctuation)
            {
                // Punctuation after the last word ("Khorasan.”") is the sentence's, not the quotation's.
                if (w is "." or "?" or "!" or "," or ":" or ";") innerPunctuation++;
                continue;
            }
            words++;
            lastWordToken = t;
            if (WordClasses.IsCapitalized(w) || char.IsDigit(w[0])) capitalised++;
            else if (WordClasses.NameInnerWords.Has(w)) joining++;
        }
        int trailing = 0;
        for (int t = lastWordToken + 1; lastWordToken >= 0 && t < EndToken[q]; t++)
        {
            if (tokens.KindAt(t) is TokenKind.Punctuation) trailing++;
        }
        bool punctuatedInside = innerPunctuation - trailing > 0;
        bool endsLikeSpeech = inner.Length > 0 && inner[^1] is '.' or '?' or '!' or ',' or ':';
        if (span.ContinuesPrevious) return QuotedKind.Sentential;
        if (words == 0) return QuotedKind.Name;
        bool opensSentence = StartsSentence(tokens, sentences, q);
        if (words <= MaxNameWords && capitalised > 0 && capitalised + joining == words && !punctuatedInside && !(opensSentence && endsLikeSpeech))
            return QuotedKind.Name;
        if (words >= MinSententialWords || (endsLikeSpeech && words >= MinEndPunctuatedWords) || opensSentence)
            return QuotedKind.Sentential;
        return QuotedKind.Fragment;
    }

    private bool StartsSentence(TokenLayer tokens, SentenceLayer sentences, int q)
    {
        int first = FirstToken[q];
        if (first >= tokens.Count) return false;
        int s = sentences.IndexOfToken(first);
        int start = sentences.TokensAt(s).Start;
        // The quote opens its sentence, or follows a colon / a comma after a verb ("said, “…”").
        if (start == first) return true;
        var before = tokens.TextAt(first - 1);
        return before is ":" || (before is "," && first >= 2 && tokens.KindAt(first - 2) == TokenKind.Word);
    }
}

internal enum QuotedKind : byte { Name, Fragment, Sentential }
