using Dossier.Entities;
using Dossier.Entities.Tagging;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Entities;

public class NameRefinerTests
{
    private const int TaggedPerson = 0, TaggedLocation = 2, TaggedMisc = 3;

    private static readonly NameRefiner Refiner = new(Gazetteer.Empty);

    /// <summary>The refined type of <paramref name="text"/>, one name the tagger typed <paramref name="conllType"/>.</summary>
    private static EntityType Refined(string text, int conllType)
    {
        var tokens = Tokenizer.Tokenize(text);
        return Refiner.Refine(conllType, tokens, new TokenRange(0, tokens.Count));
    }

    [Fact]
    public void A_person_whose_name_ends_in_an_institution_noun_is_an_organisation() =>
        Assert.Equal(EntityType.Org, Refined("John Birch Society", TaggedPerson));

    [Fact]
    public void A_person_whose_surname_is_also_a_common_noun_stays_a_person() =>
        Assert.Equal(EntityType.Person, Refined("Margaret Court", TaggedPerson));

    [Fact]
    public void A_place_whose_name_ends_in_an_institution_noun_is_an_organisation() =>
        Assert.Equal(EntityType.Org, Refined("Non-Aligned Movement", TaggedLocation));

    [Fact]
    public void A_center_tagged_as_a_place_stays_a_place() =>
        Assert.Equal(EntityType.Gpe, Refined("Rockefeller Center", TaggedLocation));

    [Fact]
    public void A_party_adjective_on_its_own_is_a_group_label_as_its_noun_is() =>
        Assert.Equal(EntityType.Norp, Refined("Democratic", TaggedMisc));
}
