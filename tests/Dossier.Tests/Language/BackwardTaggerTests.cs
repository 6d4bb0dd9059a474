using Dossier.Language;
using Dossier.Language.Features;
using Dossier.Language.Perceptron;
using Dossier.Language.Tagging;
using Dossier.Language.Training;

namespace Dossier.Tests.Language;

public class BackwardTaggerTests
{
    private static readonly TagSet Tags = new([(PennTag.NN, UniversalPos.Noun), (PennTag.VB, UniversalPos.Verb)]);

    // One row: the feature's weight for one class.
    private static SparseWeights Row(ulong feature, byte cls, float weight) =>
        new(Tags.Count, [SparseWeights.NonZero(feature)], [0, 1], [weight], [cls]);

    private static byte[] Tag(Tagger tagger, params string[] words)
    {
        var padded = new TokenAtoms[words.Length + 4];
        padded[0] = padded[1] = AtomExtractor.Start;
        for (int i = 0; i < words.Length; i++) padded[i + 2] = AtomExtractor.Compute(words[i], Lexicon.Empty);
        padded[words.Length + 2] = padded[words.Length + 3] = AtomExtractor.End;
        var classes = new byte[words.Length];
        tagger.Tag(padded, words.Length, classes);
        return classes;
    }

    [Fact]
    public void The_backward_pass_reads_from_the_right_and_its_scores_are_added_to_the_first_pass()
    {
        // The first pass says NN for every word (the bias feature). The backward pass says VB, more strongly, for a word
        // with no tag yet before it in its reading order (template 14 with the boundary): only the last word.
        var first = Row(1, 0, 1f);
        var backward = Row(FeatureHash.Mix(14, (ulong)Tags.Boundary), 1, 2f);
        Assert.Equal([0, 0, 0], Tag(new Tagger(Tags, first, null), "they", "claimed", "victory"));
        Assert.Equal([0, 0, 1], Tag(new Tagger(Tags, first, null, backward), "they", "claimed", "victory"));
    }

    [Fact]
    public void A_model_with_a_backward_tagger_averages_its_runs_and_keeps_the_backward_pass_through_a_save_and_load()
    {
        TinyTreebank.WithTrainFile(TinyTreebank.Text, train =>
        {
            var options = new SyntaxTrainingOptions { TrainFiles = [train], TaggerEpochs = 5, ParserEpochs = 10, JackknifeFolds = 2, Runs = 2, TaggerBackward = true, ParserMinWeight = 0 };
            var trained = SyntaxTrainer.Train(options, "backward", _ => { }).Model;
            var path = Path.Combine(Path.GetDirectoryName(train)!, "syntax.model");
            trained.Save(path);
            var model = SyntaxModel.Load(path);
            Assert.NotNull(model.Tagger.Backward);
            Assert.Null(model.Tagger.Second);
            Assert.Equal(1.0, SyntaxTrainer.Score(model, train).Pos);

            var retagged = SyntaxTrainer.RetrainTagger(model, options with { TaggerLexiconFolds = 2 }, "retagged", _ => { }).Model;
            Assert.NotNull(retagged.Tagger.Backward);
            Assert.Same(model.Parser, retagged.Parser);
        });
    }
}
