namespace Dossier.Language.Training;

/// <summary>Everything that decides what <see cref="SyntaxTrainer"/> produces; recorded in the model's description.</summary>
public sealed record SyntaxTrainingOptions
{
    /// <summary>CoNLL-U files to train on.</summary>
    public required IReadOnlyList<string> TrainFiles { get; init; }

    /// <summary>CoNLL-U files scored after training (never trained on).</summary>
    public IReadOnlyList<string> DevFiles { get; init; } = [];

    /// <summary>Word clusters from unlabelled text (models/word-clusters.tsv of `dossier train clusters`), or null for none.</summary>
    public string? ClustersFile { get; init; }

    /// <summary>
    /// Word clusters taken from this syntax model's lexicon instead of <see cref="ClustersFile"/>, so a model can be
    /// retrained with exactly the clusters it was made with (the clusters file is rebuilt by other features).
    /// </summary>
    public string? ClustersFromModel { get; init; }

    /// <summary>Chance that a word seen once in training is shown as unknown, so the models learn what unseen words do.</summary>
    public double UnknownWordDropout { get; init; }

    /// <summary>Features kept per tagger pass (the strongest); bounds model size and keeps lookups in cache.</summary>
    public int MaxTaggerFeatures { get; init; } = 200_000;

    /// <summary>Features kept for the parser (the strongest).</summary>
    public int MaxParserFeatures { get; init; } = 600_000;

    /// <summary>
    /// Weights of the parser's sparse rows smaller than this are dropped from the finished model (see
    /// Perceptron.SparseWeights.Prune): they change no decision worth keeping but make rows long and slow to read.
    /// </summary>
    public float ParserMinWeight { get; init; } = 0.5f;

    /// <summary>
    /// Tagger passes: 1, or 2 for a second pass that also sees the first pass's tags to the right. On EWT dev the second
    /// pass no longer adds accuracy (95.38 UPOS either way, seed 1) and doubles tagging time.
    /// </summary>
    public int TaggerPasses { get; init; } = 2;

    /// <summary>
    /// Also train a tagger that reads right to left, whose scores are added to the left-to-right tagger's (instead of a
    /// second pass): on held-out EWT train 608 → 590 UPOS errors against two left-to-right runs averaged, at twice the
    /// tagging time.
    /// </summary>
    public bool TaggerBackward { get; init; }

    /// <summary>
    /// Folds for the ambiguity classes the tagger trains with: each sentence's classes are counted on the other folds
    /// (see <see cref="JackknifedLexicons"/>); below 2 they are counted on all the data, as before 2026-11-27.
    /// </summary>
    public int TaggerLexiconFolds { get; init; } = 10;

    public int TaggerEpochs { get; init; } = 10;
    public int ParserEpochs { get; init; } = 15;
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Training runs with seeds Seed, Seed + 1, …, averaged into one model (an ensemble at one model's cost; see
    /// <see cref="ModelAveraging"/>). Runs go in parallel on up to <see cref="Parallelism"/> cores.
    /// </summary>
    public int Runs { get; init; } = 1;

    /// <summary>How many of the runs train at once (each takes one core and about 0.5 GB).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Folds for jackknife tagging: the parser trains on tags predicted by taggers that did not see the sentence.</summary>
    public int JackknifeFolds { get; init; } = 5;

    /// <summary>Score the first dev file after every epoch (slower; for choosing the number of epochs).</summary>
    public bool ScoreEveryEpoch { get; init; }

    /// <summary>Also train on copies of sentences with hyphenated compounds merged into one word (see Conllu.HyphenCompounds).</summary>
    public bool MergeHyphenCompounds { get; init; } = true;
}
