namespace Dossier.Entities.Tagging;

/// <summary>
/// Runs a <see cref="NerModel"/> over the tokens of a document: first stage, then (when the model has one) the
/// second stage with the first stage's document-wide evidence. Thread-safe: scratch space is per thread.
/// </summary>
internal sealed class NerTagger(NerModel model)
{
    [ThreadStatic] private static Scratch? t_scratch;

    private readonly StagedWeights _weights = new(model.Stages);

    public NerModel Model { get; } = model;

    /// <summary>Writes a BILOU label (<see cref="NerLabels"/>) per token into <paramref name="labels"/>.</summary>
    public void Tag(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> sentenceStarts, Span<int> labels)
    {
        var scratch = t_scratch ??= new Scratch();
        int n = starts.Length;
        if (n == 0) return;
        scratch.Table.Fill(text, starts, ends, sentenceStarts, Model.Resources);
        var staticScores = scratch.Static.Run(_weights, scratch.Table);
        var first = new RuntimeScorer(_weights, 0, staticScores, scratch.Table);
        if (_weights.Stages == 1)
        {
            GreedyDecoder.Run(scratch.Table, ref first, labels, scratch.History);
            return;
        }
        var firstLabelArray = scratch.Labels(n);
        var firstLabels = firstLabelArray.AsSpan(0, n);
        GreedyDecoder.Run(scratch.Table, ref first, firstLabels, scratch.History);
        scratch.Evidence.Fill(scratch.Table, firstLabels);
        var second = new RuntimeScorer(_weights, 1, staticScores, scratch.Table, firstLabelArray);
        GreedyDecoder.Run(scratch.Table, ref second, labels, scratch.History, scratch.Evidence, firstLabels);
    }

    private sealed class Scratch
    {
        private int[] _labels = new int[256];
        public TokenTable Table { get; } = new();
        public StaticScoring Static { get; } = new();
        public LabelHistory History { get; } = new();
        public DocumentEvidence Evidence { get; } = new();

        /// <summary>Room for <paramref name="n"/> labels (the array may be longer).</summary>
        public int[] Labels(int n)
        {
            if (_labels.Length < n) _labels = new int[Math.Max(n, _labels.Length * 2)];
            return _labels;
        }
    }
}
