using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Text;

/// <summary>
/// Groups tokens into sentences, paragraph by paragraph (a sentence never crosses a paragraph boundary).
/// Rule-based in the manner of Pragmatic Segmenter: abbreviations, initials, numbers, ellipses, lists,
/// parentheticals and quotations; news quoting is kept whole (<c>“…,” he said.</c>, <c>“Is it?” she asked.</c>,
/// and a quotation closing after the full stop belongs to its sentence).
/// </summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    public const string Name = "sentences";

    public ComponentInfo Info { get; } = new(Name, "1.0", [typeof(TokenLayer), typeof(ParagraphLayer)], [typeof(SentenceLayer)]);

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.Set(Split(document.Text, document.Tokens, document.Paragraphs));

    /// <summary>Sentences of <paramref name="text"/>; tokens outside every paragraph are grouped on their own.</summary>
    public static SentenceLayer Split(string text, TokenLayer tokens, ParagraphLayer paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var starts = new List<int>();
        int t = 0;
        while (t < tokens.Count)
        {
            int end = SegmentEnd(tokens, paragraphs, t);
            new SentenceBoundaryScanner(text, tokens, t, end, starts).Run();
            t = end;
        }
        var ends = new int[starts.Count];
        for (int s = 0; s < starts.Count; s++) ends[s] = s + 1 < starts.Count ? starts[s + 1] : tokens.Count;
        return new SentenceLayer(tokens, [.. starts], ends);
    }

    /// <summary>
    /// Splits a plain string: tokenizes it, takes blank lines (and line breaks that do not wrap a sentence) as
    /// paragraph breaks, and returns each sentence's span.
    /// </summary>
    public static IReadOnlyList<TextSpan> SplitText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Split(text, tokens, PlainTextParagraphs.Detect(text));
        var spans = new TextSpan[sentences.Count];
        for (int s = 0; s < spans.Length; s++) spans[s] = sentences.SpanAt(s);
        return spans;
    }

    /// <summary>End (exclusive) of the run of tokens that share token <paramref name="t"/>'s paragraph.</summary>
    private static int SegmentEnd(TokenLayer tokens, ParagraphLayer paragraphs, int t)
    {
        int p = paragraphs.IndexAt(tokens.StartAt(t));
        int end = t + 1;
        if (p >= 0)
        {
            int paragraphEnd = paragraphs.SpanAt(p).End;
            while (end < tokens.Count && tokens.StartAt(end) < paragraphEnd) end++;
        }
        else
        {
            while (end < tokens.Count && paragraphs.IndexAt(tokens.StartAt(end)) < 0) end++;
        }
        return end;
    }
}
