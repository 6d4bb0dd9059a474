using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>The learned source extent: words around the rules' speaker span that PolNeAR puts in the source or leaves out ("X, who …", titles).</summary>
public class SourceExtentTests
{
    /// <summary>"Senator Maria Lopez, who runs the clinic, said that the plan would fail ." with a hand-made UD tree.</summary>
    private static Document WhoRunsTheClinic()
    {
        var document = SimpleText.Analyse("Senator Maria Lopez, who runs the clinic, said that the plan would fail.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Punct, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct,
            UniversalPos.Verb, UniversalPos.Sconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.NNP, PennTag.NNP, PennTag.None, PennTag.WP, PennTag.VBZ, PennTag.DT, PennTag.NN, PennTag.None,
            PennTag.VBD, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.MD, PennTag.VB, PennTag.None];
        string[] lemmas = ["Senator", "Maria", "Lopez", ",", "who", "run", "the", "clinic", ",", "say", "that", "the", "plan", "would", "fail", "."];
        int[] heads = [2, 2, 9, 5, 5, 2, 7, 5, 5, -1, 14, 12, 14, 14, 9, 9];
        DependencyRelation[] relations = [DependencyRelation.Compound, DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.AclRelcl,
            DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct, DependencyRelation.Root, DependencyRelation.Mark, DependencyRelation.Det, DependencyRelation.Nsubj,
            DependencyRelation.Aux, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    /// <summary>
    /// "Rosa Marin, former lawyer and treasurer of the fund that runs the city's largest school, said the vote was close."
    /// with a hand-made UD tree that hangs the fifteen-token phrase from "Marin" as its apposition.
    /// </summary>
    private static Document FormerLawyerAndTreasurer()
    {
        var document = SimpleText.Analyse("Rosa Marin, former lawyer and treasurer of the fund that runs the city's largest school, said the vote was close.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Punct, UniversalPos.Adj, UniversalPos.Noun, UniversalPos.Cconj, UniversalPos.Noun,
            UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Part,
            UniversalPos.Adj, UniversalPos.Noun, UniversalPos.Punct, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Adj, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.NNP, PennTag.None, PennTag.JJ, PennTag.NN, PennTag.CC, PennTag.NN, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.WDT,
            PennTag.VBZ, PennTag.DT, PennTag.NN, PennTag.POS, PennTag.JJS, PennTag.NN, PennTag.None, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.JJ, PennTag.None];
        string[] lemmas = ["Rosa", "Marin", ",", "former", "lawyer", "and", "treasurer", "of", "the", "fund", "that", "run", "the", "city", "'s", "large", "school", ",",
            "say", "the", "vote", "be", "close", "."];
        int[] heads = [1, 18, 4, 4, 1, 6, 4, 9, 9, 6, 11, 9, 13, 16, 13, 16, 11, 18, -1, 20, 22, 22, 18, 18];
        DependencyRelation[] relations = [DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Punct, DependencyRelation.Amod, DependencyRelation.Appos,
            DependencyRelation.Cc, DependencyRelation.Conj, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Nmod, DependencyRelation.Nsubj,
            DependencyRelation.AclRelcl, DependencyRelation.Det, DependencyRelation.NmodPoss, DependencyRelation.Case, DependencyRelation.Amod, DependencyRelation.Obj,
            DependencyRelation.Punct, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Cop, DependencyRelation.Ccomp,
            DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    private static QuoteDraft Extract(Document document, CueClassifier? model) =>
        Assert.Single(new QuoteExtractor(CueLexicon.Default) { SourceExtent = model }.Extract(document));

    [Fact]
    public void Without_the_model_the_source_is_the_span_the_rules_found()
    {
        var document = WhoRunsTheClinic();
        Assert.Equal("Senator Maria Lopez, who runs the clinic,", document.Substring(Extract(document, null).Speaker!.Value));
    }

    [Fact]
    public void A_long_apposition_the_parser_hangs_from_the_name_is_source_even_with_its_own_clause()
    {
        var document = FormerLawyerAndTreasurer();
        var quote = Extract(document, null);
        Assert.Equal("Rosa Marin, former lawyer and treasurer of the fund that runs the city's largest school,", document.Substring(quote.Speaker!.Value));
        Assert.Equal("said", document.Substring(quote.Cue!.Value));
    }

    [Fact]
    public void A_long_apposition_that_opens_with_an_article_is_source_past_the_usual_length()
    {
        // Sixteen tokens between the commas: longer than a plain subject may be, but "a …" marks an apposition.
        var document = SimpleText.Analyse("Rosa Marin, a lawyer for the largest union of public school teachers in the north of the state, said the vote was close.");
        var quote = Extract(document, null);
        Assert.Equal("Rosa Marin, a lawyer for the largest union of public school teachers in the north of the state,", document.Substring(quote.Speaker!.Value));
    }

    [Fact]
    public void A_model_that_leaves_relative_clauses_out_ends_the_source_at_its_head()
    {
        var document = WhoRunsTheClinic();
        // Every word of the relative clause, its commas too, is likely to go; nothing else is.
        var model = CueClassifier.Parse(new StringReader("#threshold 0.7\nR-bias\t-3\nR-b=acl:relcl\t8\nL-bias\t-5\n"));
        var quote = Extract(document, model);
        Assert.Equal("Senator Maria Lopez", document.Substring(quote.Speaker!.Value));
        Assert.Equal("said", document.Substring(quote.Cue!.Value));
    }

    [Fact]
    public void A_model_that_drops_titles_starts_the_source_at_the_name_and_keeps_its_head()
    {
        var document = WhoRunsTheClinic();
        // Every left word may go, but the walk stops before the head "Lopez".
        var model = CueClassifier.Parse(new StringReader("#threshold 0.5\nR+bias\t-5\nR-bias\t-5\nL-bias\t-1\nL-w=senator\t6\nL-w=maria\t6\n"));
        Assert.Equal("Lopez, who runs the clinic,", document.Substring(Extract(document, model).Speaker!.Value));
    }
}
