using Dossier.Language;
using Dossier.Language.Conllu;
using Dossier.Language.Training;

namespace Dossier.Tests.Language;

public class SyntaxTrainerTests
{
    private const string Treebank = """
        1	West	West	PROPN	NNP	_	2	nsubj	_	_
        2	said	say	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	Taliban	Taliban	PROPN	NNP	_	5	nsubj	_	_
        5	had	have	VERB	VBD	_	2	ccomp	_	_
        6	no	no	DET	DT	_	7	det	_	_
        7	ties	tie	NOUN	NNS	_	5	obj	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	2	punct	_	_

        1	They	they	PRON	PRP	_	2	nsubj	_	_
        2	claimed	claim	VERB	VBD	_	0	root	_	_
        3	victory	victory	NOUN	NN	_	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_

        """;

    [Fact]
    public void A_model_trained_on_a_tiny_treebank_parses_its_sentences_back_after_a_save_and_load()
    {
        var folder = Directory.CreateTempSubdirectory("dossier-syntax-test");
        try
        {
            var train = Path.Combine(folder.FullName, "train.conllu");
            File.WriteAllText(train, string.Concat(Enumerable.Repeat(Treebank.Replace("\r", "", StringComparison.Ordinal), 5)));
            var options = new SyntaxTrainingOptions { TrainFiles = [train], TaggerEpochs = 5, ParserEpochs = 10, JackknifeFolds = 2 };
            var result = SyntaxTrainer.Train(options, "test model", _ => { });
            var path = Path.Combine(folder.FullName, "syntax.model");
            result.Model.Save(path);
            var model = SyntaxModel.Load(path);
            Assert.Equal("test model", model.Description);

            var accuracy = SyntaxTrainer.Score(model, train);
            Assert.Equal(1.0, accuracy.Pos);
            Assert.Equal(1.0, accuracy.Lemma);
            // Twelve words repeated five times are too few for a perfect parser; most arcs must be right.
            Assert.True(accuracy.Las >= 0.9, $"LAS {accuracy.Las}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Two_training_runs_averaged_into_a_one_pass_model_still_tag_and_parse_their_sentences()
    {
        var folder = Directory.CreateTempSubdirectory("dossier-syntax-test");
        try
        {
            var train = Path.Combine(folder.FullName, "train.conllu");
            File.WriteAllText(train, string.Concat(Enumerable.Repeat(Treebank.Replace("\r", "", StringComparison.Ordinal), 5)));
            var options = new SyntaxTrainingOptions { TrainFiles = [train], DevFiles = [train], TaggerEpochs = 5, ParserEpochs = 10, JackknifeFolds = 2, Runs = 2, TaggerPasses = 1 };
            var result = SyntaxTrainer.Train(options, "averaged", _ => { });
            var accuracy = Assert.Single(result.DevScores).Accuracy;
            Assert.Equal(1.0, accuracy.Pos);
            Assert.True(accuracy.Las >= 0.9, $"LAS {accuracy.Las}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
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
        var gold = ConlluReader.Read(new StringReader(Treebank.Replace("\r", "", StringComparison.Ordinal)), "t").First();
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
