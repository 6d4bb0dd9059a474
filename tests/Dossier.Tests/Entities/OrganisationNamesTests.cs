using Dossier.Entities;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Entities;

public class OrganisationNamesTests
{
    private static readonly DossierPipeline Sentences = new PipelineBuilder().UseSentences().Build();

    private static bool IsGroupAdjective(ReadOnlySpan<char> word) => word is "Syrian" or "Kurdish" or "Italian" or "Republican";

    /// <summary>The names (text and type) after the repairs, given the tagger's pieces in the order they occur.</summary>
    private static string[] Joined(string text, params (string Name, EntityType Type)[] pieces)
    {
        var document = Sentences.Process(Document.FromText(text));
        var names = MentionDrafts.InOrder(text, document.Tokens, pieces);
        OrganisationNames.Join(names, document, document.Tokens, document.Sentences, IsGroupAdjective);
        return [.. names.Select(n => $"{n.Text} {n.Type.Label()}")];
    }

    [Fact]
    public void A_left_out_head_noun_and_the_nationality_before_it_join_the_name() =>
        Assert.Equal(["Syrian Democratic Forces ORG"],
            Joined("The Syrian Democratic Forces rejected it.", ("Syrian", EntityType.Norp), ("Democratic", EntityType.Misc)));

    [Fact]
    public void An_untagged_nationality_adjective_joins_an_organisation_with_a_head_noun() =>
        Assert.Equal(["Kurdish Center for Studies ORG"],
            Joined("He heads the Kurdish Center for Studies in Berlin.", ("Center for Studies", EntityType.Org)));

    [Fact]
    public void A_one_word_organisation_keeps_its_adjective_apart() =>
        Assert.Equal(["Republican NORP", "Senate ORG"],
            Joined("The Republican Senate voted.", ("Republican", EntityType.Norp), ("Senate", EntityType.Org)));

    [Fact]
    public void A_party_of_a_country_is_one_name() =>
        Assert.Equal(["Liberal Democratic Party of Russia ORG", "Communist Party of the Russian Federation ORG"],
            Joined("The Liberal Democratic Party of Russia and the Communist Party of the Russian Federation agreed.",
                ("Liberal Democratic Party", EntityType.Org), ("Russia", EntityType.Gpe), ("Communist Party", EntityType.Org), ("Russian Federation", EntityType.Gpe)));

    [Fact]
    public void Capitalised_words_no_name_claims_after_of_belong_to_the_organisation() =>
        Assert.Equal(["Massachusetts Institute of Technology ORG"],
            Joined("She teaches at the Massachusetts Institute of Technology in Cambridge.", ("Massachusetts Institute", EntityType.Org)));

    [Fact]
    public void A_long_capitalised_run_after_of_is_left_alone() =>
        Assert.Equal(["Council ORG"], Joined("The Council of Four Big Rich Nations met.", ("Council", EntityType.Org)));

    [Fact]
    public void An_organisation_without_a_head_noun_does_not_take_in_the_place_after_of() =>
        Assert.Equal(["Taliban ORG", "Afghanistan GPE"],
            Joined("The Taliban of Afghanistan agreed.", ("Taliban", EntityType.Org), ("Afghanistan", EntityType.Gpe)));

    [Fact]
    public void A_head_noun_on_the_next_line_is_not_taken_in() =>
        Assert.Equal(["Syria GPE"], Joined("They met in Syria\nParty members left.", ("Syria", EntityType.Gpe)));

    [Fact]
    public void A_name_followed_by_a_lower_case_head_noun_stays_as_it_is() =>
        Assert.Equal(["Hamas ORG"], Joined("Hamas forces attacked.", ("Hamas", EntityType.Org)));
}
