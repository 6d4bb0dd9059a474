namespace Dossier.Quotes;

/// <summary>
/// Where an extent walk (<see cref="CueExtent"/>, <see cref="SourceExtent"/>, <see cref="ContentExtent"/>) puts the
/// features of its steps. A feature is written as its parts ("w=", word): training collects the joined strings (<see cref="StepCollector"/>), the
/// extractor only sums their weights (<see cref="StepScorer"/>), so scoring a step builds no string — building ~30
/// strings a step was most of the quotes component's time and allocations.
/// </summary>
internal abstract class StepSink : FeatureSink
{
    /// <summary>Closes the step of taking (or giving up) token <paramref name="token"/>; what follows is the next step's.</summary>
    public abstract void EndStep(int token);

    /// <summary>Whether further steps can no longer change the walk's outcome (the walk may stop building them).</summary>
    public virtual bool Done => false;
}

/// <summary>Where a model's features go, each written as its parts: collected as strings or only weighed.</summary>
internal abstract class FeatureSink
{
    /// <summary>One feature, the concatenation of <paramref name="parts"/>.</summary>
    public abstract void Add(params ReadOnlySpan<string> parts);
}

/// <summary>Collects the features as strings (training, tests).</summary>
internal sealed class FeatureList : FeatureSink
{
    private readonly List<string> _features = [];

    public override void Add(params ReadOnlySpan<string> parts) => _features.Add(string.Concat(parts));

    public string[] ToArray() => [.. _features];

    public void Clear() => _features.Clear();
}

/// <summary>
/// Sums the model's weights of the features, looking each up by its parts (<see cref="CueClassifier.Weight"/>): the
/// same weights summed in the same order as <see cref="CueClassifier.Probability(IEnumerable{string})"/>, so the same
/// probability to the bit. A feature is hashed and its table entry prefetched as it comes, and the lookups are made
/// when the sum is read: the weight tables are larger than the cache, and waiting for one entry at a time was most
/// of the lookups' cost.
/// </summary>
internal sealed class WeightSum(CueClassifier model) : FeatureSink
{
    private ulong[] _hashes = new ulong[64];
    // The parts of the pending features, one after another; feature i's end at _ends[i].
    private int[] _ends = new int[64];
    private string[] _parts = new string[256];
    private int _count, _partCount;
    private double _z;

    /// <summary>The summed weight so far.</summary>
    public double Z
    {
        get
        {
            Resolve();
            return _z;
        }
    }

    /// <summary>The probability of the features so far.</summary>
    public double Probability => CueClassifier.Logistic(Z);

    public void Clear()
    {
        _z = 0;
        _count = _partCount = 0;
    }

    public override void Add(params ReadOnlySpan<string> parts)
    {
        ulong hash = CueClassifier.Hash(parts);
        model.Prefetch(hash);
        if (_count == _hashes.Length)
        {
            Array.Resize(ref _hashes, 2 * _count);
            Array.Resize(ref _ends, 2 * _count);
        }
        if (_partCount + parts.Length > _parts.Length) Array.Resize(ref _parts, Math.Max(2 * _parts.Length, _partCount + parts.Length));
        parts.CopyTo(_parts.AsSpan(_partCount));
        _partCount += parts.Length;
        _hashes[_count] = hash;
        _ends[_count++] = _partCount;
    }

    private void Resolve()
    {
        int start = 0;
        for (int i = 0; i < _count; i++)
        {
            _z += model.Weight(_hashes[i], _parts.AsSpan(start, _ends[i] - start));
            start = _ends[i];
        }
        _count = _partCount = 0;
    }
}

/// <summary>Collects each step's features as strings, for the trainers and tests (<see cref="CueExtent.WalkStep"/>).</summary>
internal sealed class StepCollector : StepSink
{
    private readonly FeatureList _features = new();

    public List<CueExtent.WalkStep> Steps { get; } = [];

    public override void Add(params ReadOnlySpan<string> parts) => _features.Add(parts);

    public override void EndStep(int token)
    {
        Steps.Add(new CueExtent.WalkStep(token, _features.ToArray()));
        _features.Clear();
    }
}

/// <summary>
/// Scores each step with the model as its features come (<see cref="WeightSum"/>) and folds the steps into
/// <see cref="LikeliestWalk"/>. One scorer serves all walks of a document in turn.
/// </summary>
internal sealed class StepScorer(CueClassifier model) : StepSink
{
    private readonly WeightSum _sum = new(model);

    public CueClassifier Model => model;

    /// <summary>The walk so far.</summary>
    public LikeliestWalk Walk { get; } = new();

    /// <summary>Starts a new walk, which must beat staying by the odds of <paramref name="threshold"/>.</summary>
    public void Clear(double threshold)
    {
        Walk.Clear(threshold);
        _sum.Clear();
    }

    public override bool Done => Walk.Settled;

    public override void Add(params ReadOnlySpan<string> parts) => _sum.Add(parts);

    public override void EndStep(int token)
    {
        Walk.Add(token, _sum.Probability);
        _sum.Clear();
    }
}

/// <summary>
/// The likeliest walk, step by step: a walk that stops after step i has the probability of taking steps 0..i and not
/// i + 1; staying must be beaten by the threshold's odds. Greedy thresholding would stop at the first doubtful word
/// ("said in" is rare, "said in a statement" common); the odds keep a wrong step from spoiling an extent the rules got
/// right, since a right one mends an extent that was wrong anyway only when the whole walk is right. The probability of taking all steps so far only falls, so once it is no more than the best walk's
/// no later step can win: <see cref="Settled"/> lets the walk stop scoring (most walks settle at their first step).
/// </summary>
internal sealed class LikeliestWalk
{
    private double _threshold, _taken, _best;
    private int _steps, _last, _end;

    public void Clear(double threshold)
    {
        _threshold = threshold;
        _steps = 0;
        _end = -1;
    }

    /// <summary>Takes the step at <paramref name="token"/> with probability <paramref name="p"/>.</summary>
    public void Add(int token, double p)
    {
        if (_steps == 0)
        {
            _taken = 1;
            _best = (1 - p) * _threshold / (1 - _threshold);
        }
        else
        {
            // Stopping after the previous step: all steps so far taken, this one not.
            double path = _taken * (1 - p);
            if (path > _best)
            {
                _best = path;
                _end = _last + 1;
            }
        }
        _taken *= p;
        _last = token;
        _steps++;
    }

    /// <summary>Whether no further step can change <see cref="End"/>.</summary>
    public bool Settled => _steps > 0 && _taken <= _best;

    /// <summary>The token after the last step of the likeliest walk, or -1 to stay.</summary>
    public int End => _steps > 0 && _taken > _best ? _last + 1 : _end;
}
