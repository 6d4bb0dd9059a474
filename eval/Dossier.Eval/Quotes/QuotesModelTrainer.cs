using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// `dossier train quotes`: the cue-verb table (<see cref="SyntacticCueTable"/>) and the candidate classifier
/// (<see cref="CueClassifier"/>) from one parse of PolNeAR train. The classifier's share features are cross-fitted:
/// candidates of the even articles see the table of the odd ones and the other way round, so the share a candidate
/// sees was not counted on its own article (as at run time, on unseen text).
/// </summary>
public static class QuotesModelTrainer
{
    public sealed record Result(int Articles, int Failed, int Rows, int Candidates, int Positives, int Weights, string Fingerprint);

    private const int Folds = 2;

    public static Result Train(string polnearRoot, string split, string modelsDirectory, double threshold, TextWriter log, int seed = LogisticRegressionTrainer.DefaultSeed)
    {
        var (articles, failed, fingerprint) = SyntacticCueTrainer.ParseSplit(polnearRoot, split, log);
        var header = $"# {articles.Count + failed} {split} articles ({failed} failed in the pipeline), text fingerprint {fingerprint}.";
        var (tableText, rows, examples) = TableAndExamples(articles, header);
        File.WriteAllText(Path.Combine(modelsDirectory, SyntacticCueTable.FileName), tableText);
        var weights = LogisticRegressionTrainer.Train(examples, seed);
        string[] about =
        [
            "Candidate classifier learned from PolNeAR train by `dossier train quotes` (see models/quotes.md).",
            $"{articles.Count + failed} {split} articles, text fingerprint {fingerprint}; {examples.Count} candidates, {examples.Count(e => e.Item2)} annotated; SGD seed {seed}.",
        ];
        File.WriteAllText(Path.Combine(modelsDirectory, CueClassifier.FileName), LogisticRegressionTrainer.Write(weights, threshold, CueClassifier.DefaultObjectThreshold, about));
        return new Result(articles.Count + failed, failed, rows, examples.Count, examples.Count(e => e.Item2), weights.Count, fingerprint);
    }

    /// <summary>The table text over all <paramref name="articles"/> and the classifier's cross-fitted training examples.</summary>
    internal static (string TableText, int Rows, List<(string[], bool)> Examples) TableAndExamples(IReadOnlyList<SyntacticCueTrainer.Parsed> articles, string header)
    {
        var folds = Enumerable.Range(0, Folds).Select(f => SyntacticCueTrainer.CountAll(articles.Where((_, i) => i % Folds == f))).ToArray();
        var all = new SyntacticCueTrainer.Counts();
        foreach (var f in folds) all.Add(f);
        var (tableText, rows) = SyntacticCueTrainer.TableText(all, header);
        var examples = new List<(string[], bool)>();
        for (int fold = 0; fold < Folds; fold++)
        {
            var others = new SyntacticCueTrainer.Counts();
            for (int o = 0; o < Folds; o++)
            {
                if (o != fold) others.Add(folds[o]);
            }
            var table = SyntacticCueTable.Parse(new StringReader(SyntacticCueTrainer.TableText(others, header).Text));
            var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = table };
            for (int i = fold; i < articles.Count; i += Folds)
            {
                foreach (var c in extractor.Candidates(articles[i].Document))
                    examples.Add((c.Features, IsAnnotated(c, articles[i].Article)));
            }
        }
        return (tableText, rows, examples);
    }

    /// <summary>A candidate is annotated when a gold cue holds its verb and that attribution's content overlaps the candidate's.</summary>
    internal static bool IsAnnotated(CueCandidate candidate, PolnearArticle article)
    {
        var verb = candidate.Cue;
        foreach (var a in article.Attributions)
        {
            if (!a.Cue.Any(c => c.Overlaps(verb))) continue;
            if (candidate.CueThroughMarker && !a.Cue.Any(c => c.Start < verb.End && verb.End <= c.End)) continue;
            if (a.Content.Any(c => c.Overlaps(candidate.Content))) return true;
        }
        return false;
    }
}
