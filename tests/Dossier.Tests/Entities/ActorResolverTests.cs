using Dossier.Entities;
using Dossier.Entities.Actors;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Entities;

public class ActorResolverTests
{
    /// <summary>Drafts for the given names (as written, with their types) in order of appearance in <paramref name="text"/>.</summary>
    private static (string Text, List<MentionDraft> Names) Drafts(string text, params (string Name, EntityType Type)[] names)
    {
        var tokens = Tokenizer.Tokenize(text);
        var drafts = MentionDrafts.InOrder(text, tokens, names);
        return (text, drafts);
    }

    private static ActorLayer Resolve((string Text, List<MentionDraft> Names) input, AliasTable? aliases = null) =>
        new ActorResolver(aliases ?? AliasTable.Empty, _ => false, _ => false)
            .Resolve(input.Text, input.Names, [], _ => Gender.Unknown).Build();

    [Fact]
    public void Surname_alone_links_to_the_full_name()
    {
        var input = Drafts("Thomas West spoke. Later West left.", ("Thomas West", EntityType.Person), ("West", EntityType.Person));
        var actors = Resolve(input);
        Assert.Equal(1, actors.Count);
        Assert.Equal("Thomas West", actors.NameAt(0));
        Assert.Equal(MentionKind.PartialName, input.Names[1].Kind);
    }

    [Fact]
    public void Surname_tagged_as_a_place_still_links_to_the_person()
    {
        var input = Drafts("Thomas West spoke. West left.", ("Thomas West", EntityType.Person), ("West", EntityType.Loc));
        var actors = Resolve(input);
        Assert.Equal(1, actors.Count);
        Assert.Equal(EntityType.Person, input.Names[1].Type);
    }

    [Fact]
    public void People_sharing_a_surname_stay_apart_and_each_surname_goes_to_the_nearest()
    {
        var input = Drafts("Jalaluddin Haqqani founded it. Haqqani died. Sirajuddin Haqqani leads it. Haqqani spoke.",
            ("Jalaluddin Haqqani", EntityType.Person), ("Haqqani", EntityType.Person), ("Sirajuddin Haqqani", EntityType.Person), ("Haqqani", EntityType.Person));
        var actors = Resolve(input);
        Assert.Equal(2, actors.Count);
        Assert.Equal(input.Names[0].Actor, input.Names[1].Actor);
        Assert.Equal(input.Names[2].Actor, input.Names[3].Actor);
        Assert.NotEqual(input.Names[0].Actor, input.Names[2].Actor);
    }

    [Fact]
    public void Acronym_links_to_the_name_it_abbreviates()
    {
        var input = Drafts("The Foundation for Defense of Democracies said so. FDD is in Washington.",
            ("Foundation for Defense of Democracies", EntityType.Org), ("FDD", EntityType.Org));
        var actors = Resolve(input);
        Assert.Equal(1, actors.Count);
        Assert.Equal("Foundation for Defense of Democracies", actors.NameAt(0));
        Assert.Equal(MentionKind.Acronym, input.Names[1].Kind);
    }

    [Fact]
    public void Alias_table_joins_names_and_gives_the_canonical_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aliases-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["United States\tGPE\tU.S.|America"]);
        try
        {
            var input = Drafts("The U.S. and America and the United States.", ("U.S.", EntityType.Gpe), ("America", EntityType.Gpe), ("United States", EntityType.Gpe));
            var actors = Resolve(input, AliasTable.Load(path));
            Assert.Equal(1, actors.Count);
            Assert.Equal("United States", actors.NameAt(0));
            Assert.Equal(["U.S.", "America"], actors.AliasesOf(0).ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Same_name_with_and_without_the_article_is_one_actor()
    {
        var input = Drafts("The Taliban said. Then the Taliban left.", ("The Taliban", EntityType.Org), ("Taliban", EntityType.Org));
        Assert.Equal(1, Resolve(input).Count);
        Assert.Equal("Taliban", Resolve(Drafts("Taliban and The Taliban", ("Taliban", EntityType.Org), ("The Taliban", EntityType.Org))).NameAt(0));
    }

    [Fact]
    public void Surname_written_without_its_particle_links_to_the_full_name()
    {
        var input = Drafts("Mohammed Shia al-Sudani spoke. Sudani left.", ("Mohammed Shia al-Sudani", EntityType.Person), ("Sudani", EntityType.Person));
        var actors = Resolve(input);
        Assert.Equal(1, actors.Count);
        Assert.Equal(MentionKind.PartialName, input.Names[1].Kind);
    }
}
