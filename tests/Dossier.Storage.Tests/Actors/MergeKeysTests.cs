using Dossier.Storage.Actors;
using Dossier.Storage.Records;

namespace Dossier.Storage.Tests.Actors;

public sealed class MergeKeysTests
{
    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("the United States", "united states")]
    [InlineData("The Taliban’s", "taliban")]
    [InlineData("al-Qaeda", "al qaeda")]
    [InlineData("Al Qaeda", "al qaeda")]
    [InlineData("Ségolène Royal", "segolene royal")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Reuters'", "reuters")]
    public void Names_normalise_to_one_comparison_form(string name, string expected) =>
        Assert.Equal(expected, ActorNames.Normalise(name));

    [Fact]
    public void A_persons_courtesy_title_is_ignored_but_initials_and_suffixes_count()
    {
        Assert.Equal("jane doe", ActorNames.Normalise("Dr. Jane Doe", person: true));
        Assert.NotEqual(ActorNames.Normalise("George W. Bush", person: true), ActorNames.Normalise("George Bush", person: true));
        Assert.NotEqual(ActorNames.Normalise("Martin Luther King Jr.", person: true), ActorNames.Normalise("Martin Luther King", person: true));
    }

    [Fact]
    public void A_person_known_by_one_name_has_no_merge_key()
    {
        Assert.Null(MergeKeys.NameKey(new ActorFact("Mr. Smith", "PERSON")));
        Assert.Equal("john smith", MergeKeys.NameKey(new ActorFact("John Smith", "PERSON")));
        Assert.Empty(MergeKeys.AliasKeys(new ActorFact("John Smith", "PERSON") { Aliases = ["Smith", "Mr. Smith"] }));
    }

    [Fact]
    public void Organisations_merge_on_one_word_names_and_acronyms()
    {
        Assert.Equal("fbi", MergeKeys.NameKey(new ActorFact("FBI", "ORG")));
        Assert.Equal(["fbi"], MergeKeys.AliasKeys(new ActorFact("Federal Bureau of Investigation", "ORG") { Aliases = ["FBI", "the F.B.I."] }));
    }

    [Fact]
    public void An_actors_keys_at_once_are_its_name_key_alias_keys_and_normalised_name()
    {
        var agency = new ActorFact("the Federal Bureau of Investigation", "ORG") { Aliases = ["FBI", "the F.B.I.", "Federal Bureau of Investigation"] };
        var keys = MergeKeys.Of(agency);
        Assert.Equal(MergeKeys.Normalised(agency), keys.Normalised);
        Assert.Equal(MergeKeys.NameKey(agency), keys.Name);
        Assert.Equal(["fbi"], keys.Aliases);

        var surname = new ActorFact("Mr. West", "PERSON") { Aliases = ["West"] };
        Assert.Equal(("west", (string?)null), (MergeKeys.Of(surname).Normalised, MergeKeys.Of(surname).Name));
        Assert.Empty(MergeKeys.Of(surname).Aliases);
    }

    [Fact]
    public void Speakers_of_unknown_type_follow_the_person_rule() =>
        Assert.Null(MergeKeys.NameKey(new ActorFact("West", "UNKNOWN")));
}
