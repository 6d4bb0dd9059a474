using System.Globalization;
using Dossier.Entities.Conll;
using Dossier.Entities.Tagging;

namespace Dossier.Entities.Training;

/// <summary>
/// Trains the tagger: (1) the first stage, an averaged perceptron over greedy decoding with prediction history;
/// (2) when two stages are asked for, first-stage labels for every training document from models trained on the
/// other folds, and the second stage trained on them; (3) both averaged, pruned and quantised.
/// </summary>
internal sealed class NerTrainer(NerResources resources, NerTrainingOptions options, TextWriter log)
{
    public NerModel Train(IReadOnlyList<TrainingDocument> train, IReadOnlyList<TrainingDocument>? dev, string description)
    {
        foreach (var d in train) d.ComputeKeys();
        var rows = StaticRows(train, options.MinFeatureCount);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{train.Count} training documents, {train.Sum(d => d.Count)} tokens, {rows.Count} static features"));

        // (1) The first stage on all the training data.
        var first = TrainStage(train, rows, null, dev, "stage 1");
        if (options.Stages < 2) return new NerModel([first], resources, description);

        // (2) Jackknifed first-stage labels, so the second stage learns from labels with realistic errors.
        var firstLabels = new int[train.Count][];
        var random = new Random(options.Seed);
        var fold = train.Select(_ => random.Next(options.Folds)).ToArray();
        for (int k = 0; k < options.Folds; k++)
        {
            var inFold = Enumerable.Range(0, train.Count).Where(i => fold[i] == k).ToList();
            var rest = Enumerable.Range(0, train.Count).Where(i => fold[i] != k).Select(i => train[i]).ToList();
            var foldModel = TrainStage(rest, StaticRows(rest, options.MinFeatureCount), null, null, $"fold {k + 1}/{options.Folds}");
            foreach (int i in inFold) firstLabels[i] = Predict(new NerModel([foldModel], resources, ""), train[i]);
        }
        var second = TrainStage(train, rows, firstLabels, dev, "stage 2", first);
        return new NerModel([first, second], resources, description);
    }

    private static Dictionary<ulong, int> StaticRows(IEnumerable<TrainingDocument> documents, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var d in documents)
        {
            foreach (ulong key in d.Keys) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var rows = new Dictionary<ulong, int>();
        foreach (var (key, count) in counts)
        {
            if (count >= minCount) rows[key] = rows.Count;
        }
        return rows;
    }

    private NerWeights TrainStage(IReadOnlyList<TrainingDocument> train, Dictionary<ulong, int> rows, int[][]? firstLabels,
        IReadOnlyList<TrainingDocument>? dev, string name, NerWeights? devFirstStage = null)
    {
        var weights = new PerceptronWeights(rows);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var history = new LabelHistory();
        var evidence = new DocumentEvidence();
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0, tokens = 0;
            foreach (int d in order)
            {
                var document = train[d];
                var scorer = new TrainingScorer(weights, rows, document, options);
                var labels = new int[document.Count];
                if (firstLabels is null) GreedyDecoder.Run(document.Table, ref scorer, labels, history);
                else
                {
                    evidence.Fill(document.Table, firstLabels[d]);
                    GreedyDecoder.Run(document.Table, ref scorer, labels, history, evidence, firstLabels[d]);
                }
                mistakes += scorer.Mistakes;
                tokens += document.Count;
            }
            if (!options.ReportEpochs && epoch < options.Epochs) continue;
            string line = string.Create(CultureInfo.InvariantCulture, $"{name} epoch {epoch}: {100.0 * mistakes / tokens:0.00}% token errors ({started.Elapsed.TotalSeconds:0} s)");
            if (dev is not null && (options.ReportEpochs || epoch == options.Epochs))
            {
                var stage = weights.Finish(0);
                var model = devFirstStage is null ? new NerModel([stage], resources, "") : new NerModel([devFirstStage, stage], resources, "");
                line += string.Create(CultureInfo.InvariantCulture, $", dev F1 {100 * Score(model, dev).OverallF1:0.00}");
            }
            log.WriteLine(line);
        }
        return weights.Finish(options.Prune);
    }

    public static int[] Predict(NerModel model, TrainingDocument document)
    {
        var labels = new int[document.Count];
        var t = document.Table;
        new NerTagger(model).Tag(t.Text, t.Starts.AsSpan(0, t.Count), t.Ends.AsSpan(0, t.Count), SentenceStarts(t), labels);
        return labels;
    }

    public static ChunkScore Score(NerModel model, IReadOnlyList<TrainingDocument> documents)
    {
        var score = new ChunkScore();
        foreach (var d in documents)
        {
            var predicted = Predict(model, d);
            var t = d.Table;
            for (int s = 0; s < t.Count; s = t.SentenceEnd[s])
            {
                int e = t.SentenceEnd[s];
                score.Add(NerLabels.ToIob2(d.Gold.AsSpan(s, e - s)), NerLabels.ToIob2(predicted.AsSpan(s, e - s)));
            }
        }
        return score;
    }

    internal static int[] SentenceStarts(TokenTable t)
    {
        var starts = new List<int>();
        for (int i = 0; i < t.Count; i = t.SentenceEnd[i]) starts.Add(i);
        return [.. starts];
    }
}
