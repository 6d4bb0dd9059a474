using Dossier.Language.Parsing;
using Dossier.Language.Perceptron;
using Dossier.Language.Tagging;

namespace Dossier.Language.Training;

/// <summary>
/// One model from several trained on the same data with different seeds: the tagger's and the parser's weights are
/// averaged (see <see cref="WeightAveraging"/>), which decides as the ensemble of the runs would, at one model's cost.
/// The tag set, lexicon and lemmatizer depend only on the data and clusters, so the runs share them.
/// </summary>
internal static class ModelAveraging
{
    /// <summary>
    /// The averaged model, keeping at most the given numbers of features per tagger pass and for the parser; with
    /// <paramref name="taggerPasses"/> 1 the tagger's second pass is left out (a backward pass is kept when every run has one).
    /// </summary>
    public static SyntaxModel Average(IReadOnlyList<SyntaxModel> models, string description, int taggerFeatures, int parserFeatures, int taggerPasses)
    {
        var first = models[0];
        var pairs = first.Tagger.Tags.Pairs.ToList();
        foreach (var model in models.Skip(1))
        {
            if (!model.Tagger.Tags.Pairs.SequenceEqual(pairs) || !model.Lexicon.Known.SetEquals(first.Lexicon.Known))
                throw new InvalidDataException("models trained on different data cannot be averaged");
        }
        var second = taggerPasses >= 2 && models.All(m => m.Tagger.Second is not null)
            ? WeightAveraging.Average([.. models.Select(m => m.Tagger.Second!)], taggerFeatures) : null;
        var backward = models.All(m => m.Tagger.Backward is not null)
            ? WeightAveraging.Average([.. models.Select(m => m.Tagger.Backward!)], taggerFeatures) : null;
        var tagger = new Tagger(first.Tagger.Tags, WeightAveraging.Average([.. models.Select(m => m.Tagger.First)], taggerFeatures), second, backward);
        var parser = new DependencyParser(WeightAveraging.Average([.. models.Select(m => m.Parser.Weights)], parserFeatures));
        return new SyntaxModel(description, first.Lexicon, tagger, first.Lemmatizer, parser);
    }
}
