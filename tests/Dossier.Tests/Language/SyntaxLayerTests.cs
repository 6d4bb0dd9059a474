using Dossier.Language;

namespace Dossier.Tests.Language;

public class SyntaxLayerTests
{
    // "West said the Taliban had no ties ." with a hand-made tree.
    private static SyntaxLayer Layer(out Dossier.Model.Document document)
    {
        document = TestTokens.Sentence("West said the Taliban had no ties.");
        var tokens = document.Tokens;
        Assert.Equal(["West", "said", "the", "Taliban", "had", "no", "ties", "."], TestTokens.Texts(document));
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.VBD, PennTag.DT, PennTag.NNP, PennTag.VBD, PennTag.DT, PennTag.NNS, PennTag.Period];
        string[] lemmas = ["West", "say", "the", "Taliban", "have", "no", "tie", "."];
        int[] heads = [1, -1, 3, 4, 1, 6, 4, 1];
        DependencyRelation[] relations =
        [
            DependencyRelation.NsubjPass, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Nsubj,
            DependencyRelation.Ccomp, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct,
        ];
        return new SyntaxLayer(tokens, pos, tags, lemmas, heads, relations);
    }

    [Fact]
    public void Children_are_listed_in_text_order()
    {
        var layer = Layer(out _);
        Assert.Equal([0, 4, 7], layer.ChildrenOf(1).ToArray());
        Assert.Empty(layer.ChildrenOf(0).ToArray());
    }

    [Fact]
    public void A_universal_relation_finds_its_subtypes()
    {
        var layer = Layer(out _);
        Assert.Equal(0, layer.ChildWith(1, DependencyRelation.Nsubj));
        Assert.Equal(0, layer.ChildWith(1, DependencyRelation.NsubjPass));
        Assert.Equal(-1, layer.ChildWith(4, DependencyRelation.NsubjPass));
    }

    [Fact]
    public void The_complement_clause_span_covers_its_whole_subtree()
    {
        var layer = Layer(out var document);
        var clause = layer[1].Child(DependencyRelation.Ccomp)!.Value;
        Assert.Equal("the Taliban had no ties", document.Substring(clause.SubtreeSpan));
        Assert.Equal(new Dossier.Model.TokenRange(2, 7), clause.Subtree);
    }

    [Fact]
    public void A_root_has_no_head()
    {
        var layer = Layer(out _);
        Assert.True(layer[1].IsRoot);
        Assert.Null(layer[1].Head);
        Assert.Equal(1, layer[0].Head!.Value.Index);
    }

    [Fact]
    public void Lemmas_compare_without_allocating()
    {
        var layer = Layer(out _);
        Assert.True(layer[1].LemmaIs("say"));
        Assert.False(layer[1].LemmaIs("said"));
        Assert.Equal("tie", layer[6].Lemma);
    }

    [Fact]
    public void Heads_that_form_a_cycle_are_rejected()
    {
        var document = TestTokens.Sentence("a b");
        Assert.Throws<ArgumentException>(() => new SyntaxLayer(document.Tokens, [UniversalPos.X, UniversalPos.X], [PennTag.NN, PennTag.NN],
            ["a", "b"], [1, 0], [DependencyRelation.Dep, DependencyRelation.Dep]));
    }
}
