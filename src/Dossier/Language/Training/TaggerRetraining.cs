using System.Globalization;
using Dossier.Language.Conllu;
using Dossier.Language.Features;
using Dossier.Language.Perceptron;
using Dossier.Language.Tagging;

namespace Dossier.Language.Training;

/// <summary>
/// Trains only the tagger and puts it into an existing model, which keeps its lemmatizer and parser: work on the
/// tagger without the parser's 12 CPU minutes a run. The parser must keep reading the same atoms, so the data must
/// give the same known words as the model's lexicon and the clusters are the model's (training stops otherwise); the
/// parser was trained on the old tagger's jackknifed tags, so score the whole model before keeping it.
/// </summary>
internal static class TaggerRetraining
{
    /// <summary>The model with the new tagger; <paramref name="sentences"/> and <paramref name="words"/> say how much it was trained on.</summary>
    public static SyntaxModel Retrain(SyntaxModel model, SyntaxTrainingOptions options, string description, Action<string> log, out List<ConlluSentence> sentences, out long words)
    {
        var source = SyntaxTrainer.ReadData(options, log, out sentences);
        words = sentences.Sum(s => (long)s.Count);
        var tags = model.Tagger.Tags;
        var gold = sentences.Select(s => s.Xpos.Select((x, i) => tags.IndexOf(SyntaxLabels.ParseTag(x), SyntaxLabels.ParsePos(s.Upos[i]))).ToArray()).ToArray();
        if (gold.Any(g => g.Contains(-1))) throw new InvalidDataException("the training data has (XPOS, UPOS) pairs the model's tagger does not know");
        var clusters = new Dictionary<ulong, uint>(model.Lexicon.Clusters);
        var data = sentences; // the lambda below cannot capture an out parameter
        var (lexicon, _) = SyntaxTrainer.BuildLexicon(sentences.Select((s, i) => (s, gold[i])), clusters);
        if (!lexicon.Known.SetEquals(model.Lexicon.Known))
            throw new InvalidDataException("the training data knows other words than the model's lexicon: its parser would read other word atoms");
        int runCount = Math.Max(1, options.Runs);
        // One job per run and direction: the backward tagger of a run reads the same examples as its forward one.
        var directions = options.TaggerBackward ? new[] { 1, -1 } : [1];
        var runs = new SparseWeights[directions.Length, runCount];
        var lexiconsOfRun = new Lexicon[runCount][];
        for (int run = 0; run < runCount; run++) lexiconsOfRun[run] = JackknifedLexicons.For(data, gold, source, lexicon, clusters, options.TaggerLexiconFolds, options.Seed + run);
        Parallel.For(0, directions.Length * runCount, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, job =>
        {
            int run = job % runCount, direction = job / runCount, seed = options.Seed + run;
            var examples = data.Select((s, i) => new TaggerExample(SyntaxTrainer.Atoms(s, lexiconsOfRun[run][i]), gold[i])).ToList();
            runs[direction, run] = TaggerTrainer.Train(tags, examples, options.TaggerEpochs, seed,
                line => log(string.Create(CultureInfo.InvariantCulture, $"[seed {seed}{(directions[direction] < 0 ? ", backward" : "")}] {line}")), step: directions[direction]);
        });
        var first = WeightAveraging.Average([.. Enumerable.Range(0, runCount).Select(r => runs[0, r])], options.MaxTaggerFeatures);
        var backward = options.TaggerBackward ? WeightAveraging.Average([.. Enumerable.Range(0, runCount).Select(r => runs[1, r])], options.MaxTaggerFeatures) : null;
        log(string.Create(CultureInfo.InvariantCulture, $"tagger: {runCount} run(s) averaged, {first.FeatureCount + (backward?.FeatureCount ?? 0):N0} features kept"));
        return new SyntaxModel(description, lexicon, new Tagger(tags, first, null, backward), model.Lemmatizer, model.Parser);
    }
}
