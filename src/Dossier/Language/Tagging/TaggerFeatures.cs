using Dossier.Language.Features;

namespace Dossier.Language.Tagging;

/// <summary>
/// The tagger's feature templates: the word, its affixes and shape, its neighbours within two tokens, the two
/// tags already chosen to its left, and the lexicon's ambiguity classes of the word and the two words to its
/// right (a look-ahead that costs nothing because the lexicon is known before tagging). A backward tagger reads the
/// sentence from right to left with the same templates mirrored: its "left" neighbours and earlier tags are those to
/// the word's right, its look-ahead goes to the left.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Upper bound on features per token; callers size their buffers with it.</summary>
    public const int Max = 64;

    /// <summary>
    /// What every token of a sentence shares: its atoms with two boundary atoms on each side (token i is at
    /// i + 2), the sentence's case, for a second pass the first pass's tags (empty for the first pass), and the
    /// direction of reading (+1 left to right, -1 right to left).
    /// </summary>
    public readonly ref struct Context(ReadOnlySpan<TokenAtoms> padded, int count, int boundary, ReadOnlySpan<byte> lookahead, int step = 1)
    {
        public readonly ReadOnlySpan<TokenAtoms> Padded = padded;
        public readonly int Count = count;
        public readonly int Boundary = boundary;
        public readonly ReadOnlySpan<byte> Lookahead = lookahead;
        public readonly int Step = step;
        public readonly ulong SentenceCase = SentenceCaseOf(padded, count);

        public ulong LookaheadAt(int i) => i < 0 || i >= Count ? (ulong)Boundary : Lookahead[i];
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/> into <paramref name="output"/>; returns how many.
    /// <paramref name="prev1"/> and <paramref name="prev2"/> are the tags of the two words read before it.
    /// </summary>
    public static int Extract(in Context context, int i, int prev1, int prev2, Span<ulong> output)
    {
        var padded = context.Padded;
        ulong sentenceCase = context.SentenceCase;
        int step = context.Step;
        ref readonly var w = ref padded[i + 2];
        ref readonly var l1 = ref padded[i + 2 - step];
        ref readonly var l2 = ref padded[i + 2 - 2 * step];
        ref readonly var r1 = ref padded[i + 2 + step];
        ref readonly var r2 = ref padded[i + 2 + 2 * step];
        ulong t1 = (ulong)prev1, t2 = (ulong)prev2;
        int n = 0;
        output[n++] = 1; // bias
        output[n++] = FeatureHash.Mix(2, w.Form);
        output[n++] = FeatureHash.Mix(3, w.Word);
        output[n++] = FeatureHash.Mix(4, w.Suffix1);
        output[n++] = FeatureHash.Mix(5, w.Suffix2);
        output[n++] = FeatureHash.Mix(6, w.Suffix3);
        output[n++] = FeatureHash.Mix(7, w.Suffix4);
        output[n++] = FeatureHash.Mix(8, w.Suffix5);
        output[n++] = FeatureHash.Mix(9, w.Prefix1);
        output[n++] = FeatureHash.Mix(10, w.Prefix2);
        output[n++] = FeatureHash.Mix(11, w.Prefix3);
        output[n++] = FeatureHash.Mix(12, w.Shape);
        output[n++] = FeatureHash.Mix(13, w.Flags, i == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Mix(14, t1);
        output[n++] = FeatureHash.Mix(15, t2);
        output[n++] = FeatureHash.Mix(16, t1, t2);
        output[n++] = FeatureHash.Mix(17, t1, w.Word);
        output[n++] = FeatureHash.Mix(18, l1.Word);
        output[n++] = FeatureHash.Mix(19, l1.Suffix3);
        output[n++] = FeatureHash.Mix(20, l2.Word);
        output[n++] = FeatureHash.Mix(21, r1.Word);
        output[n++] = FeatureHash.Mix(22, r1.Suffix3);
        output[n++] = FeatureHash.Mix(23, r2.Word);
        output[n++] = FeatureHash.Mix(24, w.Ambiguity);
        output[n++] = FeatureHash.Mix(25, r1.Ambiguity);
        output[n++] = FeatureHash.Mix(26, r2.Ambiguity);
        output[n++] = FeatureHash.Mix(27, l1.Word, w.Word);
        output[n++] = FeatureHash.Mix(28, w.Word, r1.Word);
        output[n++] = FeatureHash.Mix(29, t1, r1.Ambiguity);
        output[n++] = FeatureHash.Mix(30, w.Ambiguity, r1.Ambiguity);
        output[n++] = FeatureHash.Mix(31, t1, w.Ambiguity);
        output[n++] = FeatureHash.Mix(32, r1.Shape);
        output[n++] = FeatureHash.Mix(33, l1.Shape);
        output[n++] = FeatureHash.Mix(34, t1, w.Suffix3);
        if (w.Cluster4 != 0)
        {
            output[n++] = FeatureHash.Mix(35, w.Cluster4);
            output[n++] = FeatureHash.Mix(36, w.Cluster8);
            output[n++] = FeatureHash.Mix(37, w.Cluster12);
        }
        if (r1.Cluster8 != 0) output[n++] = FeatureHash.Mix(38, r1.Cluster8);
        if (l1.Cluster8 != 0) output[n++] = FeatureHash.Mix(39, l1.Cluster8);
        // Capitalisation decides most PROPN/NOUN errors: the neighbours' case, the sentence's, and the word's habit.
        ulong capitals = Capital(l2) | Capital(l1) << 1 | Capital(w) << 2 | Capital(r1) << 3 | Capital(r2) << 4;
        output[n++] = FeatureHash.Mix(40, capitals, i == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Mix(41, capitals, w.Ambiguity);
        output[n++] = FeatureHash.Mix(42, sentenceCase, Capital(w), w.Ambiguity);
        output[n++] = FeatureHash.Mix(43, w.Capitalisation, Capital(w), i == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Mix(44, w.Capitalisation, capitals);
        output[n++] = FeatureHash.Mix(45, w.Word, r2.Word);
        output[n++] = FeatureHash.Mix(46, l1.Word, r1.Word);
        if (context.Lookahead.IsEmpty) return n;
        // Second pass: the first pass's guesses, above all those to the right that the first pass could not see.
        ulong self = context.LookaheadAt(i), next1 = context.LookaheadAt(i + 1), next2 = context.LookaheadAt(i + 2);
        output[n++] = FeatureHash.Mix(50, next1);
        output[n++] = FeatureHash.Mix(51, next2);
        output[n++] = FeatureHash.Mix(52, next1, next2);
        output[n++] = FeatureHash.Mix(53, self);
        output[n++] = FeatureHash.Mix(54, t1, next1);
        output[n++] = FeatureHash.Mix(55, w.Word, next1);
        output[n++] = FeatureHash.Mix(56, self, next1);
        output[n++] = FeatureHash.Mix(57, t1, self, next1);
        output[n++] = FeatureHash.Mix(58, w.Suffix3, next1);
        output[n++] = FeatureHash.Mix(59, w.Word, self);
        return n;
    }

    private static ulong Capital(in TokenAtoms a) => (a.Flags & (ulong)AtomFlags.InitialUpper) != 0 ? 1UL : 0UL;

    /// <summary>0 for ordinary text, 1 for a title-cased line ("Housing Authority Seeks Bids"), 2 for one in capitals.</summary>
    private static ulong SentenceCaseOf(ReadOnlySpan<TokenAtoms> padded, int count)
    {
        int words = 0, initial = 0, upper = 0;
        for (int i = 0; i < count; i++)
        {
            ulong flags = padded[i + 2].Flags;
            if ((flags & (ulong)AtomFlags.HasLetter) == 0) continue;
            words++;
            if ((flags & (ulong)AtomFlags.InitialUpper) != 0) initial++;
            if ((flags & (ulong)AtomFlags.AllUpper) != 0) upper++;
        }
        // At least three words, so a two-word "Thank you" is not a headline.
        if (words < 3) return 0;
        return upper * 5 >= words * 4 ? 2UL : initial * 5 >= words * 3 ? 1UL : 0UL;
    }
}
