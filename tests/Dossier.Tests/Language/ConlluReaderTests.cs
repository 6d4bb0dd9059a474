using Dossier.Diagnostics;
using Dossier.Language.Conllu;

namespace Dossier.Tests.Language;

public class ConlluReaderTests
{
    internal const string Sample = """
        # sent_id = 1
        # text = I don't know.
        1	I	I	PRON	PRP	_	4	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        4.1	knew	know	VERB	VBD	_	_	_	4:conj	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = 2
        1	Yes	yes	INTJ	UH	_	0	root	_	_

        """;

    private static List<ConlluSentence> Read(string text, List<DossierError>? errors = null) =>
        [.. ConlluReader.Read(new StringReader(text.Replace("\r", "", StringComparison.Ordinal)), "sample.conllu", e => errors?.Add(e))];

    [Fact]
    public void Words_are_read_without_multiword_ranges_and_empty_nodes()
    {
        var sentences = Read(Sample);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["I", "do", "n't", "know", "."], sentences[0].Forms);
        Assert.Equal([3, 3, 3, -1, 3], sentences[0].Heads);
        Assert.Equal("not", sentences[0].Lemmas[2]);
    }

    [Fact]
    public void Parts_of_a_multiword_token_have_no_space_between_them()
    {
        var s = Read(Sample)[0];
        Assert.Equal([true, false, true, false, true], s.SpaceAfter);
    }

    [Fact]
    public void A_malformed_sentence_is_reported_and_skipped()
    {
        var errors = new List<DossierError>();
        var sentences = Read("1\tBad\tline\n\n1\tGood\tgood\tADJ\tJJ\t_\t0\troot\t_\t_\n", errors);
        Assert.Single(sentences);
        Assert.Equal("DSR0120", Assert.Single(errors).Code);
    }
}
