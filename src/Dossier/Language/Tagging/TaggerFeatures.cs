using Dossier.Language.Features;

namespace Dossier.Language.Tagging;

/// <summary>
/// The tagger's feature templates: the word, its affixes and shape, its neighbours within two tokens, the two
/// tags already chosen to its left, and the lexicon's ambiguity classes of the word and the two words to its
/// right (a look-ahead that costs nothing because the lexicon is known before tagging).
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Upper bound on features per token; callers size their buffers with it.</summary>
    public const int Max = 40;

    /// <summary>
    /// Writes the features of token <paramref name="i"/> into <paramref name="output"/>. <paramref name="padded"/>
    /// holds the sentence with two boundary atoms on each side (token i is at i + 2).
    /// </summary>
    public static int Extract(ReadOnlySpan<TokenAtoms> padded, int i, int prev1, int prev2, Span<ulong> output)
    {
        ref readonly var w = ref padded[i + 2];
        ref readonly var l1 = ref padded[i + 1];
        ref readonly var l2 = ref padded[i];
        ref readonly var r1 = ref padded[i + 3];
        ref readonly var r2 = ref padded[i + 4];
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
        return n;
    }
}
