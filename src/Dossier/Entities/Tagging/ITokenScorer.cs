namespace Dossier.Entities.Tagging;

/// <summary>
/// Scores labels for one token for the <see cref="GreedyDecoder"/>: the shipped quantised weights at run time,
/// the perceptron's live weights (with an update after each decision) in training.
/// </summary>
internal interface ITokenScorer
{
    /// <summary>Whether <see cref="Decided"/> needs the runner-up label (costs a second pass over the scores).</summary>
    static abstract bool WantsRunnerUp { get; }

    /// <summary>Writes the scores of the token's static features into <paramref name="scores"/> (overwriting them).</summary>
    void StaticScores(int token, Span<float> scores);

    /// <summary>Adds the scores of real-valued dynamic features.</summary>
    void AddDynamic(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, Span<float> scores);

    /// <summary>
    /// Called once the label of <paramref name="token"/> is chosen; <paramref name="runnerUp"/> is the best other label
    /// allowed there (-1 if none). Training updates its weights here.
    /// </summary>
    void Decided(int token, int label, int runnerUp, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values);
}
