namespace Dossier.Entities.Training;

/// <summary>Settings of one training run; recorded in models/ner.md with the data fingerprints.</summary>
public sealed record NerTrainingOptions
{
    public int Seed { get; init; } = 13;
    public int Epochs { get; init; } = 12;
    /// <summary>1: local features and prediction history only; 2: plus a second stage over the first's document-wide output.</summary>
    public int Stages { get; init; } = 2;
    /// <summary>Folds for the jackknifed first-stage labels the second stage learns from (as they look on unseen text).</summary>
    public int Folds { get; init; } = 5;
    /// <summary>Static features seen fewer times than this in training get no weights.</summary>
    public int MinFeatureCount { get; init; } = 1;
    /// <summary>Rows whose largest weight is below this fraction of the largest weight are dropped from the shipped model.</summary>
    public float Prune { get; init; }
    /// <summary>
    /// Passive-aggressive (PA-I) steps capped at this aggressiveness C, with updates on margin violations too;
    /// 0 for plain perceptron steps on mistakes only. PA-I scored 2.6 F1 above the perceptron on CoNLL valid.
    /// </summary>
    public float Aggressiveness { get; init; } = 1f;
    /// <summary>Score the development set after every epoch (slower; for choosing the epoch count).</summary>
    public bool ReportEpochs { get; init; }
}
