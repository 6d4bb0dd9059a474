using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// `dossier train quotes --non-verb-cues`: the classifier over noun, adjective and place-phrase candidates
/// (<see cref="NonVerbCueModel"/>), learned over what the table and verb classifier leave on PolNeAR train. A candidate
/// is annotated when PolNeAR has its cue exactly (<see cref="IsExact"/>).
/// </summary>
public static class NonVerbCueTrainer
{
    /// <summary>The weights learned from <paramref name="articles"/> with <paramref name="extractor"/>'s table and verb classifier, and a line about them.</summary>
    public static (Dictionary<string, float> Weights, string About) Train(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var examples = Examples(articles, extractor);
        var weights = LogisticRegressionTrainer.Train(examples);
        return (weights, $"{examples.Count} non-verb candidates, {examples.Count(e => e.Positive)} annotated; {weights.Count} weights");
    }

    /// <summary>Every non-verb candidate of the articles with whether PolNeAR annotates it.</summary>
    public static List<(string[] Features, bool Positive)> Examples(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor)
    {
        var examples = new List<(string[], bool)>();
        foreach (var p in articles)
        {
            foreach (var c in extractor.NonVerbCandidates(p.Document))
                examples.Add((c.Features, IsExact(c, p.Article)));
        }
        return examples;
    }

    /// <summary>
    /// A candidate is annotated when PolNeAR annotates it (<see cref="QuotesModelTrainer.IsAnnotated"/>) with exactly its
    /// cue: non-verb cue extents vary ("criticism of", "the perception of", "There's no doubt about"), and learning the
    /// exact ones raised held-out cue F1 on both folds (0.6683 / 0.6569 with the looser label → 0.6688 / 0.6582 at 0.5).
    /// </summary>
    internal static bool IsExact(CueCandidate c, PolnearArticle article) =>
        QuotesModelTrainer.IsAnnotated(c, article) && article.Attributions.Any(a => a.Cue.Any(g => SyntacticCueTrainer.Trim(article.Text, g) == c.Cue));

    /// <summary>Learns from all of <paramref name="split"/> over the shipped table and verb classifier and writes models/quotes-noun-cue-classifier.tsv.</summary>
    public static string TrainShipped(string polnearRoot, string split, string modelsDirectory, double threshold, TextWriter log) =>
        ShippedQuoteModel.Train(polnearRoot, split, modelsDirectory, threshold, log, NonVerbCueModel.FileName,
            "Non-verb cue classifier learned from PolNeAR train by `dossier train quotes --non-verb-cues` (see models/quotes.md).",
            () => new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.LoadDefault(), Classifier = CueClassifier.LoadDefault() }, Train);
}
