using Dossier.Language.Features;

namespace Dossier.Language.Parsing;

/// <summary>
/// Feature templates of the parser, after Zhang and Nivre (2011) adapted to arc-hybrid positions: words and tags
/// of the three stack words and three buffer words, the leftmost and rightmost children of s0, s1 and b0 with their
/// relations, pairs and triples of these, distances, valencies and the sets of relations already attached.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 128;

    private const ulong NoWord = 0x4E4F4E45UL;

    /// <summary>The per-sentence inputs: word and tag atoms of each word, the root at index n.</summary>
    public sealed class Sentence
    {
        public ulong[] Words = new ulong[64];
        public ulong[] Tags = new ulong[64];
        public ulong[] Clusters = new ulong[64];

        public void Reset(int count)
        {
            if (Words.Length < count + 1)
            {
                int size = Math.Max(count + 1, Words.Length * 2);
                Words = new ulong[size];
                Tags = new ulong[size];
                Clusters = new ulong[size];
            }
            Words[count] = AtomExtractor.Root.Word;
            Tags[count] = AtomExtractor.Root.Word;
            Clusters[count] = AtomExtractor.Root.Word;
        }
    }

    public static int Extract(ParserState state, Sentence sentence, Span<ulong> f)
    {
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
        int b0 = state.Buffer(0), b1 = state.Buffer(1), b2 = state.Buffer(2);
        var words = sentence.Words;
        var tags = sentence.Tags;
        ulong W(int i) => i < 0 ? NoWord : words[i];
        ulong P(int i) => i < 0 ? NoWord : tags[i];
        ulong C(int i) => i < 0 ? NoWord : sentence.Clusters[i];
        ulong L(int i) => i < 0 ? NoWord : (ulong)state.Relations[i] + 1;
        int Child(int[] children, int i) => i < 0 ? -1 : children[i];

        ulong s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2w = W(s2), s2p = P(s2);
        ulong b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
        int s0l = Child(state.Left1, s0), s0l2 = Child(state.Left2, s0), s0r = Child(state.Right1, s0), s0r2 = Child(state.Right2, s0);
        int s1l = Child(state.Left1, s1), s1r = Child(state.Right1, s1), s1r2 = Child(state.Right2, s1);
        int b0l = Child(state.Left1, b0), b0l2 = Child(state.Left2, b0);
        ulong s0b0 = Distance(s0, b0), s1s0 = Distance(s1, s0);

        int n = 0;
        ulong k = 0;
        ulong T() => ++k * 0x1000193UL;
        // 1. single words
        f[n++] = FeatureHash.Mix(T(), s0w, s0p);
        f[n++] = FeatureHash.Mix(T(), s0w);
        f[n++] = FeatureHash.Mix(T(), s0p);
        f[n++] = FeatureHash.Mix(T(), s1w, s1p);
        f[n++] = FeatureHash.Mix(T(), s1w);
        f[n++] = FeatureHash.Mix(T(), s1p);
        f[n++] = FeatureHash.Mix(T(), s2w);
        f[n++] = FeatureHash.Mix(T(), s2p);
        f[n++] = FeatureHash.Mix(T(), b0w, b0p);
        f[n++] = FeatureHash.Mix(T(), b0w);
        f[n++] = FeatureHash.Mix(T(), b0p);
        f[n++] = FeatureHash.Mix(T(), b1w, b1p);
        f[n++] = FeatureHash.Mix(T(), b1w);
        f[n++] = FeatureHash.Mix(T(), b1p);
        f[n++] = FeatureHash.Mix(T(), b2w);
        f[n++] = FeatureHash.Mix(T(), b2p);
        // 2. pairs of words
        f[n++] = FeatureHash.Mix(T(), s0w, s0p, FeatureHash.Mix(b0w, b0p));
        f[n++] = FeatureHash.Mix(T(), s0w, s0p, b0w);
        f[n++] = FeatureHash.Mix(T(), s0w, b0w, b0p);
        f[n++] = FeatureHash.Mix(T(), s0w, s0p, b0p);
        f[n++] = FeatureHash.Mix(T(), s0p, b0w, b0p);
        f[n++] = FeatureHash.Mix(T(), s0w, b0w);
        f[n++] = FeatureHash.Mix(T(), s0p, b0p);
        f[n++] = FeatureHash.Mix(T(), b0p, b1p);
        f[n++] = FeatureHash.Mix(T(), s1w, s1p, FeatureHash.Mix(s0w, s0p));
        f[n++] = FeatureHash.Mix(T(), s1w, s0w);
        f[n++] = FeatureHash.Mix(T(), s1p, s0p);
        f[n++] = FeatureHash.Mix(T(), s1w, s1p, s0p);
        f[n++] = FeatureHash.Mix(T(), s1p, s0w, s0p);
        f[n++] = FeatureHash.Mix(T(), s1w, b0w);
        f[n++] = FeatureHash.Mix(T(), s1p, b0p);
        // 3. triples of tags
        f[n++] = FeatureHash.Mix(T(), b0p, b1p, b2p);
        f[n++] = FeatureHash.Mix(T(), s0p, b0p, b1p);
        f[n++] = FeatureHash.Mix(T(), s1p, s0p, b0p);
        f[n++] = FeatureHash.Mix(T(), s2p, s1p, s0p);
        f[n++] = FeatureHash.Mix(T(), s0p, P(s0l), b0p);
        f[n++] = FeatureHash.Mix(T(), s0p, P(s0r), b0p);
        f[n++] = FeatureHash.Mix(T(), s0p, b0p, P(b0l));
        f[n++] = FeatureHash.Mix(T(), s1p, s0p, P(s0l));
        f[n++] = FeatureHash.Mix(T(), s1p, P(s1r), s0p);
        f[n++] = FeatureHash.Mix(T(), s1p, s0p, P(s0r));
        f[n++] = FeatureHash.Mix(T(), s1p, P(s1l), s0p);
        f[n++] = FeatureHash.Mix(T(), s0w, s1p, b0p);
        f[n++] = FeatureHash.Mix(T(), s1w, s0p, b0p);
        f[n++] = FeatureHash.Mix(T(), b0w, s1p, s0p);
        // 4. distances
        f[n++] = FeatureHash.Mix(T(), s0w, s0b0);
        f[n++] = FeatureHash.Mix(T(), s0p, s0b0);
        f[n++] = FeatureHash.Mix(T(), b0w, s0b0);
        f[n++] = FeatureHash.Mix(T(), b0p, s0b0);
        f[n++] = FeatureHash.Mix(T(), s0w, b0w, s0b0);
        f[n++] = FeatureHash.Mix(T(), s0p, b0p, s0b0);
        f[n++] = FeatureHash.Mix(T(), s1p, s0p, s1s0);
        f[n++] = FeatureHash.Mix(T(), s1w, s0w, s1s0);
        // 5. valencies
        f[n++] = FeatureHash.Mix(T(), s0w, Valency(state.RightCount, s0));
        f[n++] = FeatureHash.Mix(T(), s0p, Valency(state.RightCount, s0));
        f[n++] = FeatureHash.Mix(T(), s0w, Valency(state.LeftCount, s0));
        f[n++] = FeatureHash.Mix(T(), s0p, Valency(state.LeftCount, s0));
        f[n++] = FeatureHash.Mix(T(), b0w, Valency(state.LeftCount, b0));
        f[n++] = FeatureHash.Mix(T(), b0p, Valency(state.LeftCount, b0));
        f[n++] = FeatureHash.Mix(T(), s1p, Valency(state.RightCount, s1));
        f[n++] = FeatureHash.Mix(T(), s1p, Valency(state.LeftCount, s1));
        // 6. children
        f[n++] = FeatureHash.Mix(T(), W(s0l));
        f[n++] = FeatureHash.Mix(T(), P(s0l));
        f[n++] = FeatureHash.Mix(T(), L(s0l));
        f[n++] = FeatureHash.Mix(T(), W(s0r));
        f[n++] = FeatureHash.Mix(T(), P(s0r));
        f[n++] = FeatureHash.Mix(T(), L(s0r));
        f[n++] = FeatureHash.Mix(T(), W(b0l));
        f[n++] = FeatureHash.Mix(T(), P(b0l));
        f[n++] = FeatureHash.Mix(T(), L(b0l));
        f[n++] = FeatureHash.Mix(T(), W(s1r));
        f[n++] = FeatureHash.Mix(T(), P(s1r));
        f[n++] = FeatureHash.Mix(T(), L(s1r));
        f[n++] = FeatureHash.Mix(T(), W(s1l));
        f[n++] = FeatureHash.Mix(T(), L(s1l));
        // 7. second children
        f[n++] = FeatureHash.Mix(T(), W(s0l2));
        f[n++] = FeatureHash.Mix(T(), P(s0l2));
        f[n++] = FeatureHash.Mix(T(), L(s0l2));
        f[n++] = FeatureHash.Mix(T(), W(s0r2));
        f[n++] = FeatureHash.Mix(T(), P(s0r2));
        f[n++] = FeatureHash.Mix(T(), L(s0r2));
        f[n++] = FeatureHash.Mix(T(), W(b0l2));
        f[n++] = FeatureHash.Mix(T(), P(b0l2));
        f[n++] = FeatureHash.Mix(T(), L(b0l2));
        f[n++] = FeatureHash.Mix(T(), L(s1r2));
        f[n++] = FeatureHash.Mix(T(), s0p, P(s0l), P(s0l2));
        f[n++] = FeatureHash.Mix(T(), s0p, P(s0r), P(s0r2));
        f[n++] = FeatureHash.Mix(T(), b0p, P(b0l), P(b0l2));
        f[n++] = FeatureHash.Mix(T(), s1p, P(s1r), P(s1r2));
        // 8. relation sets
        f[n++] = FeatureHash.Mix(T(), s0w, s0 < 0 ? 0 : state.RightLabels[s0]);
        f[n++] = FeatureHash.Mix(T(), s0p, s0 < 0 ? 0 : state.RightLabels[s0]);
        f[n++] = FeatureHash.Mix(T(), s0w, s0 < 0 ? 0 : state.LeftLabels[s0]);
        f[n++] = FeatureHash.Mix(T(), s0p, s0 < 0 ? 0 : state.LeftLabels[s0]);
        f[n++] = FeatureHash.Mix(T(), b0w, b0 < 0 ? 0 : state.LeftLabels[b0]);
        f[n++] = FeatureHash.Mix(T(), b0p, b0 < 0 ? 0 : state.LeftLabels[b0]);
        f[n++] = FeatureHash.Mix(T(), s1p, s1 < 0 ? 0 : state.RightLabels[s1]);
        // 9. word clusters: they stand in for words the treebank has not seen
        f[n++] = FeatureHash.Mix(T(), C(s0), C(b0));
        f[n++] = FeatureHash.Mix(T(), C(s1), C(s0));
        f[n++] = FeatureHash.Mix(T(), C(s0));
        f[n++] = FeatureHash.Mix(T(), C(b0));
        f[n++] = FeatureHash.Mix(T(), C(s1));
        f[n++] = FeatureHash.Mix(T(), C(b1));
        f[n++] = FeatureHash.Mix(T(), C(s0), b0p);
        f[n++] = FeatureHash.Mix(T(), s0p, C(b0));
        f[n++] = FeatureHash.Mix(T(), C(s1), s0p);
        f[n++] = FeatureHash.Mix(T(), s1p, C(s0));
        return n;
    }

    // Distances bucketed as 1, 2, 3, 4, 5-6, 7-10, 11+; 0 when a word is missing.
    private static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0) return 0;
        int d = Math.Abs(b - a);
        return d <= 4 ? (ulong)d : d <= 6 ? 5UL : d <= 10 ? 6UL : 7UL;
    }

    private static ulong Valency(int[] counts, int i) => i < 0 ? 99UL : (ulong)Math.Min(counts[i], 5);
}
