using System.Numerics;
using System.Runtime.CompilerServices;

namespace Dossier.Entities.Tagging;

/// <summary>
/// Turns a token in its context into feature keys: static features (the word, its neighbours, shapes, affixes,
/// clusters, gazetteer marks — the same whatever is predicted) and dynamic ones (the labels predicted for the
/// previous tokens, and how the same word was tagged elsewhere in the document). Keys only, no strings.
/// </summary>
internal static class FeatureExtractor
{
    public const int MaxStatic = 160;
    public const int MaxDynamic = 48;

    private const ulong SentenceBoundary = 0xB0B0B0B0B0B0B0B0UL;
    private const int MaxAffix = 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(Template t, ulong a) => FeatureHash.Mix((ulong)t, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(Template t, ulong a, ulong b) => FeatureHash.Mix((ulong)t, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(Template t, ulong a, ulong b, ulong c) => FeatureHash.Mix((ulong)t, a, b, c);

    public static int Static(TokenTable t, int i, Span<ulong> keys)
    {
        int n = 0;
        int first = t.SentenceStart[i], end = t.SentenceEnd[i];
        ulong w = t.Word[i];
        ulong wp = i - 1 >= first ? t.Word[i - 1] : SentenceBoundary;
        ulong wn = i + 1 < end ? t.Word[i + 1] : SentenceBoundary;
        ulong wp2 = i - 2 >= first ? t.Word[i - 2] : SentenceBoundary;
        ulong wn2 = i + 2 < end ? t.Word[i + 2] : SentenceBoundary;
        ulong sp = i - 1 >= first ? t.ShortShape[i - 1] : SentenceBoundary;
        ulong sn = i + 1 < end ? t.ShortShape[i + 1] : SentenceBoundary;
        ulong s = t.ShortShape[i];

        keys[n++] = (ulong)Template.Bias;
        keys[n++] = Key(Template.Word, w);
        keys[n++] = Key(Template.WordPrev, wp);
        keys[n++] = Key(Template.WordNext, wn);
        keys[n++] = Key(Template.WordPrev2, wp2);
        keys[n++] = Key(Template.WordNext2, wn2);
        keys[n++] = Key(Template.Exact, t.Exact[i]);
        keys[n++] = Key(Template.BigramPrev, wp, w);
        keys[n++] = Key(Template.BigramNext, w, wn);
        keys[n++] = Key(Template.Shape, t.Shape[i]);
        keys[n++] = Key(Template.ShortShapePrev, sp);
        keys[n++] = Key(Template.ShortShapeSelf, s);
        keys[n++] = Key(Template.ShortShapeNext, sn);
        keys[n++] = Key(Template.ShapeTrigram, sp, s, sn);

        var word = t.TextAt(i);
        int affixes = Math.Min(MaxAffix, word.Length - 1);
        for (int k = 1; k <= affixes; k++)
        {
            keys[n++] = Key(Template.Prefix, FeatureHash.Word(word[..k], FeatureHash.Casing.Lower));
            keys[n++] = Key(Template.Suffix, FeatureHash.Word(word[^k..], FeatureHash.Casing.Lower));
        }

        n += ClusterKeys(Template.Cluster, t.Cluster[i], keys[n..]);
        if (i - 1 >= first) n += ClusterKeys(Template.ClusterPrev, t.Cluster[i - 1], keys[n..]);
        if (i + 1 < end) n += ClusterKeys(Template.ClusterNext, t.Cluster[i + 1], keys[n..]);
        if (i - 1 >= first) keys[n++] = Key(Template.ClusterWordPrev, t.Cluster[i - 1].Prefix(10), w);
        if (i + 1 < end) keys[n++] = Key(Template.ClusterWordNext, w, t.Cluster[i + 1].Prefix(10));

        n += GazetteerKeys(Template.Gazetteer, t.GazetteerLow[i], t.GazetteerHigh[i], keys[n..]);
        if (i - 1 >= first) n += GazetteerKeys(Template.GazetteerPrev, t.GazetteerLow[i - 1], t.GazetteerHigh[i - 1], keys[n..]);
        if (i + 1 < end) n += GazetteerKeys(Template.GazetteerNext, t.GazetteerLow[i + 1], t.GazetteerHigh[i + 1], keys[n..]);

        var f = t.Flags[i];
        bool capitalSentence = t.InCapitalSentence[i];
        keys[n++] = Key(Template.Flags, (ulong)f, capitalSentence ? 1UL : 0UL);
        keys[n++] = Key(Template.CapitalPattern, CapitalClass(t, i - 1, first, end), CapitalClass(t, i, first, end), CapitalClass(t, i + 1, first, end));
        keys[n++] = Key(Template.SentenceStartCapital, i == first ? 1UL : 0UL, (ulong)(f & (WordShape.Flags.InitialCapital | WordShape.Flags.AllCapitals)));
        keys[n++] = Key(Template.Capitalisation, t.Capitalisation[i], (i == first ? 1UL : 0UL) | (capitalSentence ? 2UL : 0UL), (ulong)(f & WordShape.Flags.InitialCapital));
        if (capitalSentence) keys[n++] = Key(Template.CapitalSentenceWord, w);
        keys[n++] = Key(Template.TokenLengthShape, (ulong)Math.Min(word.Length, 12), s);
        return n;
    }

    private static ulong CapitalClass(TokenTable t, int j, int first, int end)
    {
        if (j < first || j >= end) return 9;
        var f = t.Flags[j];
        if ((f & WordShape.Flags.AllCapitals) != 0) return 1;
        if ((f & WordShape.Flags.InitialCapital) != 0) return 2;
        if ((f & WordShape.Flags.HasDigit) != 0) return 3;
        if ((f & WordShape.Flags.NoAlphanumeric) != 0) return 4;
        return 5;
    }

    private static int ClusterKeys(Template template, WordClusters.Path path, Span<ulong> keys)
    {
        if (path.Length == 0)
        {
            keys[0] = Key(template, 0xFFFF);
            return 1;
        }
        int n = 0;
        foreach (int length in WordClusters.PrefixLengths)
        {
            keys[n++] = Key(template, (ulong)length, path.Prefix(length));
            if (length >= path.Length) break;
        }
        return n;
    }

    private static int GazetteerKeys(Template template, ulong low, ulong high, Span<ulong> keys)
    {
        int n = 0;
        while (low != 0 && n < 12)
        {
            keys[n++] = Key(template, (ulong)BitOperations.TrailingZeroCount(low));
            low &= low - 1;
        }
        while (high != 0 && n < 12)
        {
            keys[n++] = Key(template, 64UL + (ulong)BitOperations.TrailingZeroCount(high));
            high &= high - 1;
        }
        return n;
    }

    /// <summary>
    /// Features of the labels already predicted (<paramref name="labels"/>[0..i)) and of the document history so far
    /// (how earlier occurrences of the same word were tagged); real-valued where they are fractions.
    /// </summary>
    public static int Dynamic(TokenTable t, int i, ReadOnlySpan<int> labels, LabelHistory history, Span<ulong> keys, Span<float> values)
    {
        int n = 0;
        int first = t.SentenceStart[i];
        ulong y1 = i - 1 >= first ? (ulong)labels[i - 1] : 99;
        ulong y2 = i - 2 >= first ? (ulong)labels[i - 2] : 99;
        keys[n] = Key(Template.LabelPrev, y1);
        keys[n + 1] = Key(Template.LabelPrev2, y2, y1);
        keys[n + 2] = LabelWordKey(t, i, y1);
        keys[n + 3] = LabelShapeKey(t, i, y1);
        values[..4].Fill(1f);
        n += 4;
        if (IsNameLike(t.Flags[i]))
            n = Distribution(Template.HistoryType, Template.HistoryMajority, history.Counts(t.Lower[i]), keys, values, n);
        return n;
    }

    /// <summary>The previous label (<paramref name="y1"/>, 99 at a sentence start) with the word: a key of <see cref="Dynamic"/>.</summary>
    public static ulong LabelWordKey(TokenTable t, int i, ulong y1) => Key(Template.LabelPrevWord, y1, t.Word[i]);

    /// <summary>The previous label with the short shape: a key of <see cref="Dynamic"/>.</summary>
    public static ulong LabelShapeKey(TokenTable t, int i, ulong y1) => Key(Template.LabelPrevShape, y1, t.ShortShape[i]);

    /// <summary>
    /// Second-stage features: how the first stage tagged the same word across the whole document, which names it
    /// found the word inside ("West" inside "Thomas West"), and its labels around the token.
    /// </summary>
    public static int SecondStage(TokenTable t, int i, ReadOnlySpan<int> firstStage, DocumentEvidence evidence, Span<ulong> keys, Span<float> values)
    {
        int n = 0;
        int first = t.SentenceStart[i], end = t.SentenceEnd[i];
        keys[n] = Key(Template.FirstStageSelf, (ulong)firstStage[i]);
        values[n++] = 1f;
        keys[n] = Key(Template.FirstStagePrev, i - 1 >= first ? (ulong)firstStage[i - 1] : 99);
        values[n++] = 1f;
        keys[n] = Key(Template.FirstStageNext, i + 1 < end ? (ulong)firstStage[i + 1] : 99);
        values[n++] = 1f;
        if (!IsNameLike(t.Flags[i])) return n;
        n = Distribution(Template.DocumentType, Template.DocumentMajority, evidence.Types.Counts(t.Lower[i]), keys, values, n);
        uint inEntity = evidence.EntityPositions(t.Lower[i]);
        while (inEntity != 0 && n < keys.Length)
        {
            keys[n] = Key(Template.InEntity, (ulong)BitOperations.TrailingZeroCount(inEntity));
            values[n++] = 1f;
            inEntity &= inEntity - 1;
        }
        return n;
    }

    /// <summary>Words that can be names: a capital letter somewhere (all-caps headlines included).</summary>
    public static bool IsNameLike(WordShape.Flags f) => (f & (WordShape.Flags.InitialCapital | WordShape.Flags.AllCapitals)) != 0;

    private static int Distribution(Template each, Template majority, ReadOnlySpan<int> counts, Span<ulong> keys, Span<float> values, int n)
    {
        if (counts.IsEmpty) return n;
        int total = 0, best = 0;
        for (int c = 0; c < counts.Length; c++)
        {
            total += counts[c];
            if (counts[c] > counts[best]) best = c;
        }
        if (total == 0) return n;
        for (int c = 0; c < counts.Length; c++)
        {
            if (counts[c] == 0) continue;
            keys[n] = Key(each, (ulong)c);
            values[n++] = counts[c] / (float)total;
        }
        keys[n] = Key(majority, (ulong)best);
        values[n++] = 1f;
        return n;
    }
}
