namespace Dossier.Entities.Conll;

/// <summary>A document of a CoNLL file (the sentences between two -DOCSTART- lines).</summary>
public sealed class ConllDocument(IReadOnlyList<ConllSentence> sentences)
{
    public IReadOnlyList<ConllSentence> Sentences { get; } = sentences;
    public int TokenCount => Sentences.Sum(s => s.Count);

    /// <summary>
    /// The document as one string (words joined by spaces, sentences by line breaks) with each word's span and
    /// each sentence's first word: what the tagger reads, the same as for a tokenized article.
    /// </summary>
    public (string Text, int[] Starts, int[] Ends, int[] SentenceStarts) Flatten()
    {
        int n = TokenCount;
        var starts = new int[n];
        var ends = new int[n];
        var sentenceStarts = new int[Sentences.Count];
        var text = new System.Text.StringBuilder();
        int t = 0;
        for (int s = 0; s < Sentences.Count; s++)
        {
            sentenceStarts[s] = t;
            if (s > 0) text.Append('\n');
            var words = Sentences[s].Words;
            for (int w = 0; w < words.Length; w++, t++)
            {
                if (w > 0) text.Append(' ');
                starts[t] = text.Length;
                text.Append(words[w]);
                ends[t] = text.Length;
            }
        }
        return (text.ToString(), starts, ends, sentenceStarts);
    }
}
