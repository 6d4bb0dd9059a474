namespace Dossier.Entities.Tagging;

/// <summary>
/// Everything the features need about each token of one document, computed once per document: word hashes,
/// shapes, flags, cluster paths, capitalisation statistics, gazetteer marks and sentence limits. A scratch
/// object: reused document after document by one thread, grown as needed, never shared.
/// </summary>
internal sealed class TokenTable
{
    public int Count { get; private set; }
    public string Text { get; private set; } = "";
    public int[] Starts = [];
    public int[] Ends = [];
    /// <summary>Lower case with digits as 0: the key of word features.</summary>
    public ulong[] Word = [];
    public ulong[] Exact = [];
    /// <summary>Lower case: the key of gazetteer phrases and document-level agreement.</summary>
    public ulong[] Lower = [];
    public ulong[] Shape = [];
    public ulong[] ShortShape = [];
    public WordShape.Flags[] Flags = [];
    public WordClusters.Path[] Cluster = [];
    public byte[] Capitalisation = [];
    public ulong[] GazetteerLow = [];
    public ulong[] GazetteerHigh = [];
    /// <summary>First token (inclusive) and last token (exclusive) of each token's sentence.</summary>
    public int[] SentenceStart = [];
    public int[] SentenceEnd = [];
    /// <summary>True for tokens of a sentence written wholly in capitals (a headline), where case says nothing.</summary>
    public bool[] InCapitalSentence = [];

    public ReadOnlySpan<char> TextAt(int i) => Text.AsSpan(Starts[i], Ends[i] - Starts[i]);

    /// <summary>Fills the table for the tokens [starts[i], ends[i]) of <paramref name="text"/>, split into the given sentences.</summary>
    public void Fill(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> sentenceStarts, NerResources resources)
    {
        int n = starts.Length;
        Grow(n);
        Count = n;
        Text = text;
        starts.CopyTo(Starts);
        ends.CopyTo(Ends);
        for (int i = 0; i < n; i++)
        {
            var word = text.AsSpan(starts[i], ends[i] - starts[i]);
            Word[i] = FeatureHash.Word(word, FeatureHash.Casing.LowerDigits);
            Exact[i] = FeatureHash.Word(word);
            Lower[i] = FeatureHash.Word(word, FeatureHash.Casing.Lower);
            Shape[i] = WordShape.Long(word);
            ShortShape[i] = WordShape.Short(word);
            Flags[i] = WordShape.Of(word);
            resources.Clusters.Prefetch(Exact[i], Lower[i]);
            resources.Gazetteer.Prefetch(Lower[i]);
            GazetteerLow[i] = 0;
            GazetteerHigh[i] = 0;
        }
        // A second pass, so that the table lookups prefetched above are in flight together.
        for (int i = 0; i < n; i++)
        {
            Cluster[i] = resources.Clusters.Find(text.AsSpan(starts[i], ends[i] - starts[i]), Exact[i], Lower[i]);
            Capitalisation[i] = resources.Clusters.Capitalisation(Lower[i]);
        }
        for (int s = 0; s < sentenceStarts.Length; s++)
        {
            int first = sentenceStarts[s], end = s + 1 < sentenceStarts.Length ? sentenceStarts[s + 1] : n;
            bool capitals = IsCapitalSentence(first, end);
            for (int i = first; i < end; i++)
            {
                SentenceStart[i] = first;
                SentenceEnd[i] = end;
                InCapitalSentence[i] = capitals;
            }
            resources.Gazetteer.Mark(Lower.AsSpan(first, end - first), Flags.AsSpan(first, end - first),
                GazetteerLow.AsSpan(first, end - first), GazetteerHigh.AsSpan(first, end - first));
        }
    }

    /// <summary>A headline in capitals: at least <see cref="MinCapitalWords"/> words with letters, none of them with a lower-case letter.</summary>
    private bool IsCapitalSentence(int first, int end)
    {
        int words = 0;
        for (int i = first; i < end; i++)
        {
            var f = Flags[i];
            if ((f & WordShape.Flags.HasLetter) == 0) continue;
            if ((f & WordShape.Flags.AllCapitals) == 0) return false;
            words++;
        }
        return words >= MinCapitalWords;
    }

    /// <summary>Two capitalised words ("U.S. TROOPS") can be acronyms; three in a row are a headline style.</summary>
    private const int MinCapitalWords = 3;

    private void Grow(int n)
    {
        if (Starts.Length >= n) return;
        int size = Math.Max(n, Starts.Length * 2);
        Array.Resize(ref Starts, size);
        Array.Resize(ref Ends, size);
        Array.Resize(ref Word, size);
        Array.Resize(ref Exact, size);
        Array.Resize(ref Lower, size);
        Array.Resize(ref Shape, size);
        Array.Resize(ref ShortShape, size);
        Array.Resize(ref Flags, size);
        Array.Resize(ref Cluster, size);
        Array.Resize(ref Capitalisation, size);
        Array.Resize(ref GazetteerLow, size);
        Array.Resize(ref GazetteerHigh, size);
        Array.Resize(ref SentenceStart, size);
        Array.Resize(ref SentenceEnd, size);
        Array.Resize(ref InCapitalSentence, size);
    }
}
