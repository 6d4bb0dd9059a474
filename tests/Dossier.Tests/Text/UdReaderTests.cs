using Dossier.Eval.Segmentation;
using Dossier.Model;

namespace Dossier.Tests.Text;

public class UdReaderTests
{
    private const string Conllu = """
        # newdoc id = d1
        # newpar
        # text = I didn't go.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # text = Then I left.
        1	Then	then	ADV	RB	_	3	advmod	_	_
        2	I	I	PRON	PRP	_	3	nsubj	_	_
        3	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	3	punct	_	_

        """;

    [Fact]
    public void Multiword_tokens_count_as_their_words_and_sentences_join_into_a_paragraph()
    {
        string path = Path.Combine(Path.GetTempPath(), $"dossier-ud-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, Conllu.Replace("\r", "", StringComparison.Ordinal));
        try
        {
            var paragraph = Assert.Single(UdReader.Read(path));
            Assert.Equal("I didn't go. Then I left.", paragraph.Text);
            Assert.Equal([12], paragraph.SentenceEnds());
            Assert.Equal([new TextSpan(0, 1), new TextSpan(2, 5), new TextSpan(5, 8), new TextSpan(9, 11), new TextSpan(11, 12)], paragraph.Tokens[0]!);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
