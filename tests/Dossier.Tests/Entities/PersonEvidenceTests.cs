using Dossier.Entities;
using Dossier.Entities.Actors;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Entities;

public class PersonEvidenceTests
{
    /// <summary>The types of the given names (as the tagger typed them) after the article's own evidence is applied.</summary>
    private static EntityType[] Corrected(string text, Func<MentionDraft, bool>? isKnownNonPerson, params (string Name, EntityType Type)[] names)
    {
        var tokens = Tokenizer.Tokenize(text);
        var drafts = MentionDrafts.InOrder(text, tokens, names);
        PersonEvidence.Apply(drafts, tokens, isKnownNonPerson ?? (_ => false));
        return [.. drafts.Select(d => d.Type)];
    }

    [Fact]
    public void A_name_right_after_a_title_is_a_person_and_so_is_the_same_name_elsewhere() =>
        Assert.Equal([EntityType.Person, EntityType.Person],
            Corrected("President Obama signed it. Later Obama left.", null, ("Obama", EntityType.Gpe), ("Obama", EntityType.Gpe)));

    [Fact]
    public void An_abbreviated_title_counts() =>
        Assert.Equal([EntityType.Person], Corrected("Sen. Warren said no.", null, ("Warren", EntityType.Org)));

    [Fact]
    public void The_taggers_own_person_guess_is_not_spread_to_other_mentions() =>
        Assert.Equal([EntityType.Person, EntityType.Gpe],
            Corrected("Gulf said so. Other Gulf allies agreed.", null, ("Gulf", EntityType.Person), ("Gulf", EntityType.Gpe)));

    [Fact]
    public void A_title_word_that_also_opens_other_names_is_not_evidence() =>
        Assert.Equal([EntityType.Gpe], Corrected("Fellow Gulf producers agreed.", null, ("Gulf", EntityType.Gpe)));

    [Fact]
    public void A_title_separated_by_a_comma_is_not_evidence() =>
        Assert.Equal([EntityType.Gpe], Corrected("The president, Obama, spoke.", null, ("Obama", EntityType.Gpe)));

    [Fact]
    public void A_name_ending_in_an_organisation_head_noun_stays_an_organisation() =>
        Assert.Equal([EntityType.Org], Corrected("Former Justice Department staff left.", null, ("Department", EntityType.Org)));

    [Fact]
    public void A_known_place_stays_a_place() =>
        Assert.Equal([EntityType.Gpe], Corrected("Prince Edward Island voted.", d => d.Text == "Edward Island", ("Edward Island", EntityType.Gpe)));
}
