namespace Dossier.Entities.Tagging;

/// <summary>
/// Left-to-right greedy decoding with prediction history (Ratinov and Roth 2009 found it as accurate as Viterbi
/// for NER, and it lets features see every earlier decision): each token takes the best label that may follow
/// the previous one; the last token of a sentence cannot leave a name open.
/// </summary>
internal static class GreedyDecoder
{
    /// <summary>
    /// Labels every token of <paramref name="t"/>. With <paramref name="evidence"/> this is the second stage, which
    /// also sees <paramref name="firstStage"/>'s labels for the whole document.
    /// </summary>
    public static void Run<TScorer>(TokenTable t, ref TScorer scorer, Span<int> labels, LabelHistory history,
        DocumentEvidence? evidence = null, ReadOnlySpan<int> firstStage = default)
        where TScorer : struct, ITokenScorer
    {
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxDynamic];
        Span<float> values = stackalloc float[FeatureExtractor.MaxDynamic];
        history.Clear();
        for (int i = 0; i < t.Count; i++)
        {
            scorer.StaticScores(i, scores);
            int n = FeatureExtractor.Dynamic(t, i, labels, history, keys, values);
            if (evidence is not null) n += FeatureExtractor.SecondStage(t, i, firstStage, evidence, keys[n..], values[n..]);
            scorer.AddDynamic(keys[..n], values[..n], scores);
            int previous = i > t.SentenceStart[i] ? labels[i - 1] : -1;
            bool last = i + 1 == t.SentenceEnd[i];
            int best = Best(scores, previous, last, -1);
            labels[i] = best;
            scorer.Decided(i, best, TScorer.WantsRunnerUp ? Best(scores, previous, last, best) : -1, keys[..n], values[..n]);
            if (FeatureExtractor.IsNameLike(t.Flags[i])) history.Add(t.Lower[i], NerLabels.TypeOf(best));
        }
    }

    /// <summary>The best label allowed after <paramref name="previous"/>, other than <paramref name="except"/>.</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous, bool lastInSentence, int except)
    {
        var allowed = (lastInSentence ? AllowedLast : Allowed).AsSpan((previous + 1) * NerLabels.Count, NerLabels.Count);
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int label = 0; label < NerLabels.Count; label++)
        {
            if (!allowed[label] || label == except) continue;
            if (scores[label] > bestScore)
            {
                bestScore = scores[label];
                best = label;
            }
        }
        return best;
    }

    // NerLabels.CanFollow for every pair (row previous + 1, so the sentence start is row 0), computed once: the
    // decoder asks it for every label of every token. The second table also leaves out labels that keep a name open.
    private static readonly bool[] Allowed = Transitions(lastInSentence: false);
    private static readonly bool[] AllowedLast = Transitions(lastInSentence: true);

    private static bool[] Transitions(bool lastInSentence)
    {
        var table = new bool[(NerLabels.Count + 1) * NerLabels.Count];
        for (int previous = -1; previous < NerLabels.Count; previous++)
        {
            for (int label = 0; label < NerLabels.Count; label++)
                table[(previous + 1) * NerLabels.Count + label] = NerLabels.CanFollow(previous, label) && !(lastInSentence && NerLabels.IsOpen(label));
        }
        return table;
    }
}
