using Dossier.Language;
using Dossier.Language.Conllu;
using Dossier.Language.Training;

namespace Dossier.Tests.Language;

public class SyntaxTrainerTests
{
    [Fact]
    public void A_model_trained_on_a_tiny_treebank_parses_its_sentences_back_after_a_save_and_load()
    {
        TinyTreebank.WithTrainFile(TinyTreebank.Text, train =>
        {
            var options = new SyntaxTrainingOptions { TrainFiles = [train], TaggerEpochs = 5, ParserEpochs = 10, JackknifeFolds = 2 };
            var result = SyntaxTrainer.Train(options, "test model", _ => { });
            var path = Path.Combine(Path.GetDirectoryName(train)!, "syntax.model");
            result.Model.Save(path);
            var model = SyntaxModel.Load(path);
            Assert.Equal("test model", model.Description);

            var accuracy = SyntaxTrainer.Score(model, train);
            Assert.Equal(1.0, accuracy.Pos);
            Assert.Equal(1.0, accuracy.Lemma);
            // Twelve words repeated five times are too few for a perfect parser; most arcs must be right.
            Assert.True(accuracy.Las >= 0.9, $"LAS {accuracy.Las}");
        });
    }

    [Fact]
    public void Two_training_runs_averaged_into_a_one_pass_model_still_tag_and_parse_their_sentences()
    {
        TinyTreebank.WithTrainFile(TinyTreebank.Text, train =>
        {
            // No pruning: the threshold suits the weights of a whole treebank; averaged over two runs on ten sentences
            // most parser weights are below it (this test is about averaging).
            var options = new SyntaxTrainingOptions { TrainFiles = [train], DevFiles = [train], TaggerEpochs = 5, ParserEpochs = 10, JackknifeFolds = 2, Runs = 2, TaggerPasses = 1, ParserMinWeight = 0 };
            var result = SyntaxTrainer.Train(options, "averaged", _ => { });
            var accuracy = Assert.Single(result.DevScores).Accuracy;
            Assert.Equal(1.0, accuracy.Pos);
            Assert.True(accuracy.Las >= 0.9, $"LAS {accuracy.Las}");
        });
    }

    [Fact]
    public void A_missing_model_file_is_a_clear_error()
    {
        var ex = Assert.Throws<Dossier.Diagnostics.DossierException>(() => SyntaxModel.Load("/nonexistent/syntax.model"));
        Assert.Equal("DSR0301", ex.Error.Code);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_clear_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var ex = Assert.Throws<Dossier.Diagnostics.DossierException>(() => SyntaxModel.Load(path));
            Assert.Equal("DSR0302", ex.Error.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scores_count_every_word_and_ignore_relation_subtypes_in_las()
    {
        var gold = ConlluReader.Read(new StringReader(TinyTreebank.Text), "t").First();
        var predicted = new PredictedSentence(
            [.. gold.Upos.Select(SyntaxLabels.ParsePos)], [.. gold.Xpos.Select(SyntaxLabels.ParseTag)], [.. gold.Lemmas], [.. gold.Heads],
            [.. gold.Relations.Select(SyntaxLabels.ParseRelation)]);
        predicted.Relations[0] = DependencyRelation.NsubjPass; // a subtype only
        predicted.Heads[7] = 4;                                 // one wrong head
        var accuracy = new SyntaxAccuracy();
        accuracy.Add(gold, predicted);
        Assert.Equal(7.0 / 8, accuracy.Uas);
        Assert.Equal(7.0 / 8, accuracy.Las);
        Assert.Equal(6.0 / 8, accuracy.FullLas);
    }
}
