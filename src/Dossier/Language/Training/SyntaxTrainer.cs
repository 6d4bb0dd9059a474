using System.Diagnostics;
using System.Globalization;
using Dossier.Language.Conllu;
using Dossier.Language.Features;
using Dossier.Language.Lemmas;
using Dossier.Language.Parsing;
using Dossier.Language.Tagging;

namespace Dossier.Language.Training;

/// <summary>
/// Trains the whole syntax model from treebanks: (1) read and augment the data, (2) tag set and lexicon,
/// (3) jackknifed tags for the parser's training data, (4) the final tagger, (5) the lemmatizer, (6) the parser,
/// (7) scores on the development files. Deterministic for a given seed and data.
/// </summary>
public static class SyntaxTrainer
{
    public sealed record Result(SyntaxModel Model, IReadOnlyList<(string File, SyntaxAccuracy Accuracy)> DevScores, TimeSpan Elapsed, int TrainSentences, long TrainWords);

    public static Result Train(SyntaxTrainingOptions options, string description, Action<string> log)
    {
        if (options.Runs <= 1) return TrainOne(options, description, log);
        var clock = Stopwatch.StartNew();
        var results = new Result[options.Runs];
        // Each run keeps all its features: the average is cut to the budgets once, on the strength of the averaged weights.
        var one = options with { Runs = 1, DevFiles = [], ScoreEveryEpoch = false, MaxTaggerFeatures = int.MaxValue, MaxParserFeatures = int.MaxValue, ParserMinWeight = 0 };
        Parallel.For(0, options.Runs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, run =>
        {
            var seeded = one with { Seed = options.Seed + run };
            results[run] = TrainOne(seeded, description, line => log(Invariant($"[seed {seeded.Seed}] {line}")));
        });
        var model = ModelAveraging.Average([.. results.Select(r => r.Model)], description, options.MaxTaggerFeatures, options.MaxParserFeatures, options.TaggerPasses)
            .Compact(options.MaxTaggerFeatures, options.MaxParserFeatures, options.ParserMinWeight);
        log(Invariant($"averaged {options.Runs} runs ({clock.Elapsed:mm\\:ss})"));
        var scores = new List<(string, SyntaxAccuracy)>();
        foreach (var file in options.DevFiles)
        {
            var accuracy = Score(model, file);
            scores.Add((file, accuracy));
            log($"{Path.GetFileName(file)}: {accuracy}");
        }
        return new Result(model, scores, clock.Elapsed, results[0].TrainSentences, results[0].TrainWords);
    }

    private static Result TrainOne(SyntaxTrainingOptions options, string description, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        // 1. data
        var source = ReadData(options, log, out var sentences);
        long words = sentences.Sum(s => (long)s.Count);

        var clusters = options.ClustersFromModel is not null ? ClustersOf(options.ClustersFromModel)
            : options.ClustersFile is null ? null : ClusterFile.Read(options.ClustersFile);
        if (clusters is not null) log($"read {clusters.Count:N0} word clusters from {Path.GetFileName(options.ClustersFromModel ?? options.ClustersFile)}");

        // 2. tag set (every (Penn, UPOS) pair of the data) and lexicon
        var tags = new TagSet([.. sentences.SelectMany(s => s.Xpos.Zip(s.Upos, (x, u) => (SyntaxLabels.ParseTag(x), SyntaxLabels.ParsePos(u))))
            .Distinct().Order()]);
        var gold = sentences.Select(s => s.Xpos.Select((x, i) => tags.IndexOf(SyntaxLabels.ParseTag(x), SyntaxLabels.ParsePos(s.Upos[i]))).ToArray()).ToArray();
        log($"{tags.Count} tag classes; {words:N0} training words");

        // 3. jackknifed tags (with fewer than two folds the parser trains on gold tags)
        var predicted = options.JackknifeFolds >= 2 ? Jackknife(sentences, source, gold, tags, clusters, options, clock, log) : gold;

        // 4. final tagger: the first pass on gold left context, the second also on the jackknifed first-pass tags
        var (fullLexicon, fullCounts) = BuildLexicon(sentences.Select((s, i) => (s, gold[i])), clusters);
        var wordDropout = new Random(options.Seed);
        var taggerLexicons = JackknifedLexicons.For(sentences, gold, source, fullLexicon, clusters, options.TaggerLexiconFolds, options.Seed);
        var atoms = sentences.Select((s, i) => Atoms(s, taggerLexicons[i], fullCounts, wordDropout, options.UnknownWordDropout)).ToArray();
        var dev = options.ScoreEveryEpoch && options.DevFiles.Count > 0 ? ConlluReader.Read(options.DevFiles[0]).ToList() : null;
        var first = TaggerTrainer.Train(tags, [.. atoms.Select((a, i) => new TaggerExample(a, gold[i]))], options.TaggerEpochs, options.Seed, log,
            dev is null ? null : (epoch, w) => log(Invariant($"  dev UPOS after epoch {epoch}: {100 * TagAccuracy(new Tagger(tags, w, null), fullLexicon, dev):0.00}")));
        var backward = options.TaggerBackward ? TaggerTrainer.Train(tags, [.. atoms.Select((a, i) => new TaggerExample(a, gold[i]))], options.TaggerEpochs, options.Seed, log, step: -1) : null;
        var second = backward is not null || options.JackknifeFolds < 2 || options.TaggerPasses < 2 ? null : TaggerTrainer.Train(tags,
            [.. atoms.Select((a, i) => new TaggerExample(a, gold[i], [.. predicted[i].Select(c => (byte)c)]))], options.TaggerEpochs, options.Seed, log,
            dev is null ? null : (epoch, w) => log(Invariant($"  dev UPOS after second-pass epoch {epoch}: {100 * TagAccuracy(new Tagger(tags, first, w), fullLexicon, dev):0.00}")));
        var finalTagger = new Tagger(tags, first, second, backward);
        var passes = new[] { first, second, backward }.OfType<Perceptron.SparseWeights>().ToList();
        log(Invariant($"tagger: {passes.Sum(p => p.FeatureCount):N0} features, {passes.Sum(p => p.EntryCount):N0} weights ({clock.Elapsed:mm\\:ss})"));

        // 5. lemmatizer
        var lemmas = new LemmatizerTrainer();
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Count; i++) lemmas.Add(s.Forms[i], SyntaxLabels.ParseTag(s.Xpos[i]), s.Lemmas[i]);
        }
        var lemmatizer = lemmas.Build();
        log($"lemmatizer: {lemmatizer.Scripts.Length:N0} scripts, {lemmatizer.Normalised.Count:N0} words, {lemmatizer.Exact.Count:N0} case exceptions, {lemmatizer.Suffixes.Count:N0} suffix rules");

        // 6. parser, on the jackknifed tags
        var examples = sentences.Select((s, i) => new ParserExample(
            [.. atoms[i].Skip(2).Take(s.Count).Select(a => a.Word)],
            [.. predicted[i].Select(c => SyntaxModel.ParserTag(tags.TagOf(c), tags.PosOf(c)))],
            [.. atoms[i].Skip(2).Take(s.Count).Select(a => a.Cluster8)],
            [.. s.Heads.Select(h => h < 0 ? s.Count : h)],
            [.. s.Relations.Select(SyntaxLabels.ParseRelation)])).ToList();
        Action<int, DependencyParser>? parseCheck = dev is null ? null : (epoch, p) =>
            log($"  dev after epoch {epoch}: {Score(new SyntaxModel(description, fullLexicon, finalTagger, lemmatizer, p), dev)}");
        var parser = ParserTrainer.Train(examples, options.ParserEpochs, options.Seed, log, parseCheck);
        log($"parser: {parser.Weights.FeatureCount:N0} features, {parser.Weights.EntryCount:N0} weights ({clock.Elapsed:mm\\:ss})");

        var model = new SyntaxModel(description, fullLexicon, finalTagger, lemmatizer, parser).Compact(options.MaxTaggerFeatures, options.MaxParserFeatures, options.ParserMinWeight);

        // 7. development scores
        var scores = new List<(string, SyntaxAccuracy)>();
        foreach (var file in options.DevFiles)
        {
            var accuracy = Score(model, file);
            scores.Add((file, accuracy));
            log($"{Path.GetFileName(file)}: {accuracy}");
        }
        return new Result(model, scores, clock.Elapsed, sentences.Count, words);
    }

    /// <summary>
    /// Shrinks an existing model to the feature budgets of <paramref name="options"/> and scores it on the dev files;
    /// <paramref name="how"/>, when given, is added to the model's description.
    /// </summary>
    public static Result Compact(SyntaxModel model, SyntaxTrainingOptions options, Action<string> log, string? how = null)
    {
        var clock = Stopwatch.StartNew();
        var compact = model.Compact(options.MaxTaggerFeatures, options.MaxParserFeatures, options.ParserMinWeight);
        if (how is not null) compact = compact.Describe(model.Description + "; then " + how);
        return new Result(compact, DevScores(compact, options.DevFiles, log), clock.Elapsed, 0, 0);
    }

    private static List<(string File, SyntaxAccuracy Accuracy)> DevScores(SyntaxModel model, IReadOnlyList<string> files, Action<string> log)
    {
        var scores = new List<(string, SyntaxAccuracy)>();
        foreach (var file in files)
        {
            var accuracy = Score(model, file);
            scores.Add((file, accuracy));
            log($"{Path.GetFileName(file)}: {accuracy}");
        }
        return scores;
    }

    /// <summary>
    /// A new tagger in <paramref name="model"/>, which keeps its lemmatizer and parser (see <see cref="TaggerRetraining"/>),
    /// scored on the dev files. The description records the new command and what the parser came from.
    /// </summary>
    public static Result RetrainTagger(SyntaxModel model, SyntaxTrainingOptions options, string description, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var retrained = TaggerRetraining.Retrain(model, options, description + "; lemmatizer and parser of: " + model.Description, log, out var sentences, out long words);
        log(Invariant($"tagger retrained ({clock.Elapsed:mm\\:ss})"));
        var scores = DevScores(retrained, options.DevFiles, log);
        return new Result(retrained, scores, clock.Elapsed, sentences.Count, words);
    }

    /// <summary>Averages models trained with different seeds into one (see <see cref="ModelAveraging"/>).</summary>
    public static SyntaxModel Average(IReadOnlyList<SyntaxModel> models, string description, int taggerFeatures, int parserFeatures, int taggerPasses) =>
        ModelAveraging.Average(models, description, taggerFeatures, parserFeatures, taggerPasses);

    /// <summary>The word clusters stored in the model at <paramref name="modelPath"/> (normalised word hash → path and capitalisation bits).</summary>
    public static Dictionary<ulong, uint> ClustersOf(string modelPath) => new(SyntaxModel.Load(modelPath).Lexicon.Clusters);

    /// <summary>SHA-256 of clusters in key order, so a model card can say which clusters a model was trained with.</summary>
    public static string ClustersFingerprint(IReadOnlyDictionary<ulong, uint> clusters)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        Span<byte> pair = stackalloc byte[12];
        foreach (var (key, value) in clusters.OrderBy(p => p.Key))
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(pair, key);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(pair[8..], value);
            sha.AppendData(pair);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static SyntaxAccuracy Score(SyntaxModel model, string conlluPath) => Score(model, ConlluReader.Read(conlluPath));

    public static SyntaxAccuracy Score(SyntaxModel model, IEnumerable<ConlluSentence> sentences)
    {
        var accuracy = new SyntaxAccuracy();
        foreach (var sentence in sentences)
            accuracy.Add(sentence, PredictedSentence.Analyze(model, sentence.Forms));
        return accuracy;
    }

    /// <summary>
    /// Reads the training files into <paramref name="sentences"/>, with a hyphen-merged copy of each sentence that has a
    /// compound after them; returns each sentence's original (its own index, or for a copy the index it was made from).
    /// </summary>
    internal static List<int> ReadData(SyntaxTrainingOptions options, Action<string> log, out List<ConlluSentence> sentences)
    {
        sentences = [];
        foreach (var file in options.TrainFiles)
        {
            var read = ConlluReader.Read(file, e => log(e.ToString())).ToList();
            log($"read {read.Count:N0} sentences from {Path.GetFileName(file)}");
            sentences.AddRange(read);
        }
        int originals = sentences.Count;
        var source = Enumerable.Range(0, originals).ToList();
        if (!options.MergeHyphenCompounds) return source;
        for (int i = 0; i < originals; i++)
        {
            if (HyphenCompounds.Merge(sentences[i]) is not { } merged) continue;
            sentences.Add(merged);
            source.Add(i);
        }
        log($"added {sentences.Count - originals:N0} copies with hyphenated compounds merged into one word");
        return source;
    }

    private static int[][] Jackknife(List<ConlluSentence> sentences, List<int> source, int[][] gold, TagSet tags, Dictionary<ulong, uint>? clusters, SyntaxTrainingOptions options, Stopwatch clock, Action<string> log)
    {
        var fold = new int[sentences.Count];
        var random = new Random(options.Seed);
        // A hyphen-merged copy goes with its original (originals come first): a tagger that had seen the original would
        // tag the copy better than it tags new text, and the parser would learn to trust those tags too much.
        for (int i = 0; i < fold.Length; i++) fold[i] = source[i] == i ? random.Next(options.JackknifeFolds) : fold[source[i]];
        var predicted = new int[sentences.Count][];
        for (int k = 0; k < options.JackknifeFolds; k++)
        {
            var inFold = Enumerable.Range(0, sentences.Count).Where(i => fold[i] != k).ToList();
            var (lexicon, counts) = BuildLexicon(inFold.Select(i => (sentences[i], gold[i])), clusters);
            var dropout = new Random(options.Seed + k);
            var foldLexicons = JackknifedLexicons.For([.. inFold.Select(i => sentences[i])], [.. inFold.Select(i => gold[i])], [.. inFold.Select(i => source[i])],
                lexicon, clusters, options.TaggerLexiconFolds, options.Seed + k);
            List<TaggerExample> foldExamples = [.. inFold.Select((i, n) => new TaggerExample(Atoms(sentences[i], foldLexicons[n], counts, dropout, options.UnknownWordDropout), gold[i]))];
            // The parser learns from tags as the shipped tagger will give them: both directions when it has a backward pass.
            var tagger = new Tagger(tags, TaggerTrainer.Train(tags, foldExamples, options.TaggerEpochs, options.Seed + k), null,
                options.TaggerBackward ? TaggerTrainer.Train(tags, foldExamples, options.TaggerEpochs, options.Seed + k, step: -1) : null);
            long right = 0, total = 0;
            foreach (int i in Enumerable.Range(0, sentences.Count).Where(i => fold[i] == k))
            {
                predicted[i] = new int[sentences[i].Count];
                var classes = new byte[sentences[i].Count];
                tagger.Tag(Atoms(sentences[i], lexicon), classes.Length, classes);
                for (int j = 0; j < classes.Length; j++)
                {
                    predicted[i][j] = classes[j];
                    if (classes[j] == gold[i][j]) right++;
                    total++;
                }
            }
            log(string.Create(CultureInfo.InvariantCulture, $"jackknife fold {k + 1}/{options.JackknifeFolds}: held-out tag accuracy {100.0 * right / total:0.00}% ({clock.Elapsed:mm\\:ss})"));
        }
        return predicted;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static double TagAccuracy(Tagger tagger, Lexicon lexicon, List<ConlluSentence> sentences)
    {
        long right = 0, total = 0;
        foreach (var s in sentences)
        {
            var classes = new byte[s.Count];
            tagger.Tag(Atoms(s, lexicon), s.Count, classes);
            for (int i = 0; i < s.Count; i++)
            {
                if (SyntaxLabels.Name(tagger.Tags.PosOf(classes[i])) == s.Upos[i]) right++;
                total++;
            }
        }
        return (double)right / total;
    }

    internal static (Lexicon Lexicon, LexiconBuilder Counts) BuildLexicon(IEnumerable<(ConlluSentence Sentence, int[] Gold)> data, Dictionary<ulong, uint>? clusters)
    {
        var builder = new LexiconBuilder();
        foreach (var (sentence, gold) in data)
        {
            for (int i = 0; i < sentence.Count; i++) builder.Add(sentence.Forms[i], gold[i]);
        }
        return (builder.Build(clusters), builder);
    }

    internal static TokenAtoms[] Atoms(ConlluSentence sentence, Lexicon lexicon, LexiconBuilder? counts = null, Random? random = null, double dropout = 0)
    {
        var padded = new TokenAtoms[sentence.Count + 4];
        padded[0] = padded[1] = AtomExtractor.Start;
        for (int i = 0; i < sentence.Count; i++)
        {
            var atoms = AtomExtractor.Compute(sentence.Forms[i], lexicon);
            if (counts is not null && random is not null && random.NextDouble() < dropout && counts.CountOf(AtomExtractor.NormalisedHash(sentence.Forms[i])) == 1)
                atoms.Form = atoms.Word = AtomExtractor.Unknown;
            padded[i + 2] = atoms;
        }
        padded[sentence.Count + 2] = padded[sentence.Count + 3] = AtomExtractor.End;
        return padded;
    }
}
