namespace Dossier.Quotes;

/// <summary>
/// Where an extent walk (<see cref="CueExtent"/>, <see cref="SourceExtent"/>) puts the features of its steps. A feature
/// is written as its parts ("w=", word): training collects the joined strings (<see cref="StepCollector"/>), the
/// extractor only sums their weights (<see cref="StepScorer"/>), so scoring a step builds no string — building ~30
/// strings a step was most of the quotes component's time and allocations.
/// </summary>
internal abstract class StepSink
{
    /// <summary>One feature, the concatenation of <paramref name="parts"/>.</summary>
    public abstract void Add(params ReadOnlySpan<string> parts);

    /// <summary>Closes the step of taking (or giving up) token <paramref name="token"/>; what follows is the next step's.</summary>
    public abstract void EndStep(int token);
}

/// <summary>Collects each step's features as strings, for the trainers and tests (<see cref="CueExtent.WalkStep"/>).</summary>
internal sealed class StepCollector : StepSink
{
    private readonly List<string> _features = [];

    public List<CueExtent.WalkStep> Steps { get; } = [];

    public override void Add(params ReadOnlySpan<string> parts) => _features.Add(string.Concat(parts));

    public override void EndStep(int token)
    {
        Steps.Add(new CueExtent.WalkStep(token, [.. _features]));
        _features.Clear();
    }
}

/// <summary>
/// Scores each step with the model as its features come, joining their parts in a reused buffer: the same weights
/// summed in the same order as <see cref="CueClassifier.Probability(string[])"/>, so the same probability to the bit.
/// One scorer serves all walks of a document in turn (<see cref="Clear"/>).
/// </summary>
internal sealed class StepScorer(CueClassifier model) : StepSink
{
    private char[] _buffer = new char[256];
    private double _z;

    /// <summary>The steps' tokens, in walk order.</summary>
    public List<int> Tokens { get; } = [];

    /// <summary>The steps' probabilities, in walk order.</summary>
    public List<double> Probabilities { get; } = [];

    public CueClassifier Model => model;

    /// <summary>Forgets the last walk's steps.</summary>
    public void Clear()
    {
        Tokens.Clear();
        Probabilities.Clear();
        _z = 0;
    }

    public override void Add(params ReadOnlySpan<string> parts)
    {
        int length = 0;
        foreach (var part in parts) length += part.Length;
        if (length > _buffer.Length) _buffer = new char[Math.Max(length, 2 * _buffer.Length)];
        int at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(_buffer.AsSpan(at));
            at += part.Length;
        }
        _z += model.Weight(_buffer.AsSpan(0, length));
    }

    public override void EndStep(int token)
    {
        Tokens.Add(token);
        Probabilities.Add(CueClassifier.Logistic(_z));
        _z = 0;
    }
}
