using Dossier.Language;

namespace Dossier.Tests.Language;

public class SyntaxLabelsTests
{
    [Fact]
    public void Every_pos_tag_has_a_name_that_parses_back()
    {
        Assert.Equal(Enum.GetValues<UniversalPos>().Length, SyntaxLabels.PosCount);
        foreach (var pos in Enum.GetValues<UniversalPos>()) Assert.Equal(pos, SyntaxLabels.ParsePos(SyntaxLabels.Name(pos)));
    }

    [Fact]
    public void Every_penn_tag_has_a_name_that_parses_back()
    {
        Assert.Equal(Enum.GetValues<PennTag>().Length, SyntaxLabels.TagCount);
        foreach (var tag in Enum.GetValues<PennTag>()) Assert.Equal(tag, SyntaxLabels.ParseTag(SyntaxLabels.Name(tag)));
        Assert.Equal("PRP$", SyntaxLabels.Name(PennTag.PRPS));
        Assert.Equal("-LRB-", SyntaxLabels.Name(PennTag.LeftBracket));
    }

    [Fact]
    public void Every_relation_has_a_name_that_parses_back()
    {
        Assert.Equal(Enum.GetValues<DependencyRelation>().Length, SyntaxLabels.RelationCount);
        foreach (var relation in Enum.GetValues<DependencyRelation>()) Assert.Equal(relation, SyntaxLabels.ParseRelation(SyntaxLabels.Name(relation)));
    }

    [Fact]
    public void Relations_fit_in_a_64_bit_set()
    {
        // The parser keeps the relations attached to a word as a bit set in one ulong.
        Assert.True(SyntaxLabels.RelationCount <= 64);
    }

    [Fact]
    public void Subtypes_reduce_to_their_universal_relation()
    {
        Assert.Equal(DependencyRelation.Nsubj, DependencyRelation.NsubjPass.Universal());
        Assert.Equal(DependencyRelation.Acl, DependencyRelation.AclRelcl.Universal());
        Assert.Equal(DependencyRelation.Ccomp, DependencyRelation.Ccomp.Universal());
    }

    [Fact]
    public void An_unknown_subtype_falls_back_to_its_universal_relation()
    {
        Assert.Equal(DependencyRelation.Obl, SyntaxLabels.ParseRelation("obl:somethingnew"));
        Assert.Equal(DependencyRelation.Dep, SyntaxLabels.ParseRelation("nonsense"));
    }
}
