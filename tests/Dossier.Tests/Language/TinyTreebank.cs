namespace Dossier.Tests.Language;

/// <summary>Two hand-written CoNLL-U sentences for training tests, and a scratch training file made of them.</summary>
internal static class TinyTreebank
{
    public static readonly string Text = """
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

        """.Replace("\r", "", StringComparison.Ordinal);

    /// <summary>
    /// Runs <paramref name="test"/> with the path of a training file holding <paramref name="treebank"/> five times
    /// (a few words repeated, enough for the trainers), in a temporary folder deleted afterwards.
    /// </summary>
    public static void WithTrainFile(string treebank, Action<string> test)
    {
        var folder = Directory.CreateTempSubdirectory("dossier-syntax-test");
        try
        {
            var train = Path.Combine(folder.FullName, "train.conllu");
            File.WriteAllText(train, string.Concat(Enumerable.Repeat(treebank, 5)));
            test(train);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
