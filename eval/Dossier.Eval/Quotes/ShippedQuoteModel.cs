using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// How each `dossier train quotes --…` switch writes its model: parse all of a PolNeAR split, learn over what the
/// models shipped before it find (the extractor), and write the weights under a header naming the command, the split's
/// size and text fingerprint and what was learned.
/// </summary>
internal static class ShippedQuoteModel
{
    public delegate (Dictionary<string, float> Weights, string About) Learner(IEnumerable<SyntacticCueTrainer.Parsed> articles, QuoteExtractor extractor);

    /// <summary>Learns with <paramref name="learn"/> and writes <paramref name="fileName"/> into <paramref name="modelsDirectory"/>; returns the line about what was learned.</summary>
    public static string Train(string polnearRoot, string split, string modelsDirectory, double threshold, TextWriter log,
        string fileName, string description, Func<QuoteExtractor> extractor, Learner learn)
    {
        var (articles, failed, fingerprint) = SyntacticCueTrainer.ParseSplit(polnearRoot, split, log);
        var (weights, about) = learn(articles, extractor());
        string[] header =
        [
            description,
            $"{articles.Count + failed} {split} articles, text fingerprint {fingerprint}; {about}.",
        ];
        File.WriteAllText(Path.Combine(modelsDirectory, fileName), LogisticRegressionTrainer.Write(weights, threshold, threshold, header));
        return about;
    }
}
