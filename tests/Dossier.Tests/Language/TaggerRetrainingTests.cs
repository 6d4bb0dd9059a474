using Dossier.Language;
using Dossier.Language.Conllu;
using Dossier.Language.Features;
using Dossier.Language.Training;

namespace Dossier.Tests.Language;

public class TaggerRetrainingTests
{
    [Fact]
    public void A_retrained_tagger_goes_into_the_model_beside_its_own_lemmatizer_and_parser()
    {
        TinyTreebank.WithTrainFile(TinyTreebank.Text, train =>
        {
            var options = new SyntaxTrainingOptions { TrainFiles = [train], DevFiles = [train], TaggerEpochs = 5, ParserEpochs = 10, JackknifeFolds = 2, TaggerPasses = 1 };
            var model = SyntaxTrainer.Train(options, "first", _ => { }).Model;
            var result = SyntaxTrainer.RetrainTagger(model, options with { Runs = 2, TaggerLexiconFolds = 2 }, "retagged", _ => { });
            Assert.Same(model.Parser, result.Model.Parser);
            Assert.Same(model.Lemmatizer, result.Model.Lemmatizer);
            Assert.StartsWith("retagged; lemmatizer and parser of: first", result.Model.Description, StringComparison.Ordinal);
            Assert.Equal(1.0, Assert.Single(result.DevScores).Accuracy.Pos);
        });
    }

    [Fact]
    public void A_tagger_is_not_retrained_on_data_whose_words_the_parser_never_saw()
    {
        TinyTreebank.WithTrainFile(TinyTreebank.Text, train =>
        {
            var options = new SyntaxTrainingOptions { TrainFiles = [train], TaggerEpochs = 2, ParserEpochs = 2, JackknifeFolds = 0, TaggerPasses = 1 };
            var model = SyntaxTrainer.Train(options, "first", _ => { }).Model;
            TinyTreebank.WithTrainFile(TinyTreebank.Text.Replace("victory", "defeat", StringComparison.Ordinal), other =>
                Assert.Throws<InvalidDataException>(() => SyntaxTrainer.RetrainTagger(model, options with { TrainFiles = [other] }, "retagged", _ => { })));
        });
    }

    [Fact]
    public void A_sentence_is_described_by_ambiguity_classes_counted_without_it_and_a_merged_copy_goes_with_its_original()
    {
        var sentences = ConlluReader.Read(new StringReader(TinyTreebank.Text), "t").ToList();
        var gold = sentences.Select(s => new int[s.Count]).ToList();
        // "had" three times, all in the first sentence: enough for a class, but only when that sentence is counted.
        var first = sentences[0];
        sentences[0] = ConlluSentence.FromWords([.. first.Forms.Select((f, i) => i is 0 or 2 ? "had" : f)], first.Lemmas, first.Upos, first.Xpos, first.Heads, first.Relations, first.SpaceAfter);
        sentences.Add(sentences[0]);
        gold.Add(gold[0]);
        var counts = new LexiconBuilder();
        foreach (var s in sentences.Take(2)) foreach (var form in s.Forms) counts.Add(form, 0);
        var full = counts.Build();
        ulong had = AtomExtractor.NormalisedHash("had");
        Assert.True(full.WordAmbiguity.ContainsKey(had));

        var lexicons = JackknifedLexicons.For(sentences, gold, [0, 1, 0], full, clusters: null, folds: 2, seed: 1);
        Assert.Same(lexicons[0], lexicons[2]);
        Assert.False(lexicons[0].WordAmbiguity.ContainsKey(had));
        Assert.True(lexicons[0].Known.SetEquals(full.Known));
        Assert.All(JackknifedLexicons.For(sentences, gold, [0, 1, 0], full, null, folds: 0, seed: 1), l => Assert.Same(full, l));
    }
}
