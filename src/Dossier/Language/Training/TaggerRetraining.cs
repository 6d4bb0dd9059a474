using System.Globalization;
using Dossier.Language.Conllu;
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
        var runs = new SparseWeights[Math.Max(1, options.Runs)];
        Parallel.For(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, run =>
        {
            int seed = options.Seed + run;
            var lexicons = JackknifedLexicons.For(data, gold, source, lexicon, clusters, options.TaggerLexiconFolds, seed);
            var examples = data.Select((s, i) => new TaggerExample(SyntaxTrainer.Atoms(s, lexicons[i]), gold[i])).ToList();
            runs[run] = TaggerTrainer.Train(tags, examples, options.TaggerEpochs, seed, line => log(string.Create(CultureInfo.InvariantCulture, $"[seed {seed}] {line}")));
        });
        var first = WeightAveraging.Average(runs, options.MaxTaggerFeatures);
        log(string.Create(CultureInfo.InvariantCulture, $"tagger: {runs.Length} run(s) averaged, {first.FeatureCount:N0} features kept"));
        return new SyntaxModel(description, lexicon, new Tagger(tags, first, null), model.Lemmatizer, model.Parser);
    }
}
