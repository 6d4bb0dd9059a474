using Dossier.Language.Conllu;

namespace Dossier.Tests.Language;

public class HyphenCompoundsTests
{
    private static ConlluSentence Sentence(string conllu) =>
        ConlluReader.Read(new StringReader(conllu.Replace("\r", "", StringComparison.Ordinal)), "test").Single();

    [Fact]
    public void A_split_hyphenated_name_becomes_one_word_in_the_head_words_place()
    {
        var s = Sentence("""
            1	ties	tie	NOUN	NNS	_	0	root	_	_
            2	with	with	ADP	IN	_	5	case	_	_
            3	al	al	PROPN	NNP	_	5	compound	_	SpaceAfter=No
            4	-	-	PUNCT	HYPH	_	5	punct	_	SpaceAfter=No
            5	Qaeda	Qaeda	PROPN	NNP	_	1	nmod	_	SpaceAfter=No
            6	.	.	PUNCT	.	_	1	punct	_	_
            """);
        var merged = HyphenCompounds.Merge(s)!;
        Assert.Equal(["ties", "with", "al-Qaeda", "."], merged.Forms);
        Assert.Equal([-1, 2, 0, 0], merged.Heads);
        Assert.Equal("nmod", merged.Relations[2]);
        Assert.Equal("al-Qaeda", merged.Lemmas[2]);
        Assert.False(merged.SpaceAfter[2]);
    }

    [Fact]
    public void The_last_part_lends_its_lemma_when_it_is_the_head()
    {
        var s = Sentence("""
            1	20	20	NUM	CD	_	3	nummod	_	SpaceAfter=No
            2	-	-	PUNCT	HYPH	_	3	punct	_	SpaceAfter=No
            3	years	year	NOUN	NNS	_	0	root	_	_
            """);
        var merged = HyphenCompounds.Merge(s)!;
        Assert.Equal("20-years", merged.Forms.Single());
        Assert.Equal("20-year", merged.Lemmas.Single());
        Assert.Equal(-1, merged.Heads.Single());
    }

    [Fact]
    public void A_spaced_dash_is_not_a_compound()
    {
        var s = Sentence("""
            1	yes	yes	INTJ	UH	_	0	root	_	_
            2	-	-	PUNCT	HYPH	_	3	punct	_	_
            3	no	no	INTJ	UH	_	1	list	_	_
            """);
        Assert.Null(HyphenCompounds.Merge(s));
    }
}
