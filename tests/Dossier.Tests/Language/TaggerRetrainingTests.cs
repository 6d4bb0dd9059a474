using Dossier.Language;
using Dossier.Language.Conllu;
using Dossier.Language.Features;
using Dossier.Language.Training;

namespace Dossier.Tests.Language;

public class TaggerRetrainingTests
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
    public void A_retrained_tagger_goes_into_the_model_beside_its_own_lemmatizer_and_parser()
    {
        WithTreebank(Treebank, train =>
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
        WithTreebank(Treebank, train =>
        {
            var options = new SyntaxTrainingOptions { TrainFiles = [train], TaggerEpochs = 2, ParserEpochs = 2, JackknifeFolds = 0, TaggerPasses = 1 };
            var model = SyntaxTrainer.Train(options, "first", _ => { }).Model;
            WithTreebank(Treebank.Replace("victory", "defeat", StringComparison.Ordinal), other =>
                Assert.Throws<InvalidDataException>(() => SyntaxTrainer.RetrainTagger(model, options with { TrainFiles = [other] }, "retagged", _ => { })));
        });
    }

    [Fact]
    public void A_sentence_is_described_by_ambiguity_classes_counted_without_it_and_a_merged_copy_goes_with_its_original()
    {
        var sentences = ConlluReader.Read(new StringReader(Normalised(Treebank)), "t").ToList();
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

    private static string Normalised(string text) => text.Replace("\r", "", StringComparison.Ordinal);

    private static void WithTreebank(string treebank, Action<string> test)
    {
        var folder = Directory.CreateTempSubdirectory("dossier-tagger-test");
        try
        {
            var train = Path.Combine(folder.FullName, "train.conllu");
            File.WriteAllText(train, string.Concat(Enumerable.Repeat(Normalised(treebank), 5)));
            test(train);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
