namespace Dossier.Entities.Tagging;

/// <summary>
/// The weights of one tagger stage as trained and stored: feature keys, and for each a row of 16-bit weights (one
/// per label, times <see cref="Scale"/>). <see cref="StagedWeights"/> indexes them for tagging.
/// </summary>
internal sealed class NerWeights
{
    private readonly short[] _weights;

    public NerWeights(ulong[] keys, short[] weights, float scale)
    {
        if (weights.Length != keys.Length * NerLabels.Count) throw new ArgumentException("Weights do not match keys.", nameof(weights));
        Keys = keys;
        _weights = weights;
        Scale = scale;
    }

    public float Scale { get; }
    public int Count => Keys.Length;
    public ulong[] Keys { get; }
    public ReadOnlySpan<short> Weights => _weights;
}
