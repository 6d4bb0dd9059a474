using Dossier.Entities;
using Dossier.Entities.Actors;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Entities;

public class TitleFinderTests
{
    /// <summary>Finds the titles in <paramref name="text"/> given its names; each actor is one name here.</summary>
    private static List<(string Person, string Title, string Role, string? Organization)> Titles(string text, params (string Name, EntityType Type)[] names)
    {
        var document = Document.FromText(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, document.Paragraphs);
        var drafts = new List<MentionDraft>();
        int from = 0;
        foreach (var (name, type) in names)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            var span = new TextSpan(at, at + name.Length);
            drafts.Add(new MentionDraft(span, tokens.ToTokenRange(span, SpanAlignment.Strict)!.Value, type, name) { Actor = drafts.Count });
            from = at + name.Length;
        }
        return [.. new TitleFinder(tokens, sentences, drafts).Find().Select(f => (
            drafts[f.Person].Text, text[f.Title.Span.Start..f.Title.Span.End], text[f.Title.Role.Start..f.Title.Role.End],
            f.Title.Organization >= 0 ? drafts[f.Title.Organization].Text : null))];
    }

    [Fact]
    public void Title_before_a_name_with_its_country()
    {
        var titles = Titles("U.S. Special Representative to Afghanistan Thomas West on Monday hoped.",
            ("U.S.", EntityType.Gpe), ("Afghanistan", EntityType.Gpe), ("Thomas West", EntityType.Person));
        Assert.Equal([("Thomas West", "U.S. Special Representative to Afghanistan", "Special Representative to Afghanistan", "U.S.")], titles);
    }

    [Fact]
    public void Organisation_and_lower_case_role_before_a_name()
    {
        var titles = Titles("Brookings Institution senior fellow Jane Doe found it odd.",
            ("Brookings Institution", EntityType.Org), ("Jane Doe", EntityType.Person));
        Assert.Equal([("Jane Doe", "Brookings Institution senior fellow", "senior fellow", "Brookings Institution")], titles);
    }

    [Fact]
    public void Possessive_apposition_before_a_name()
    {
        var titles = Titles("The Taliban’s interior minister, Sirajuddin Haqqani, is wanted.",
            ("Taliban", EntityType.Org), ("Sirajuddin Haqqani", EntityType.Person));
        Assert.Equal([("Sirajuddin Haqqani", "Taliban’s interior minister", "interior minister", "Taliban")], titles);
    }

    [Fact]
    public void Apposition_after_a_name_with_at_organisation()
    {
        var titles = Titles("Hugh Hill, a senior fellow at the Cato Institute, said so.",
            ("Hugh Hill", EntityType.Person), ("Cato Institute", EntityType.Org));
        Assert.Equal([("Hugh Hill", "senior fellow at the Cato Institute", "senior fellow", "Cato Institute")], titles);
    }

    [Fact]
    public void Capitalised_words_without_a_title_word_are_no_title()
    {
        Assert.Empty(Titles("Yesterday Thomas West spoke.", ("Thomas West", EntityType.Person)));
    }

    [Fact]
    public void Organisation_before_the_role_in_an_apposition_is_where_the_role_is_held()
    {
        var titles = Titles("Jane Doe, the U.N. special envoy, said so.", ("Jane Doe", EntityType.Person), ("U.N.", EntityType.Org));
        Assert.Equal([("Jane Doe", "U.N. special envoy", "special envoy", "U.N.")], titles);
    }

    [Fact]
    public void Role_for_a_place_keeps_the_place_in_the_role()
    {
        var titles = Titles("Jane Doe, a special envoy for Syria, said so.", ("Jane Doe", EntityType.Person), ("Syria", EntityType.Gpe));
        Assert.Equal([("Jane Doe", "special envoy for Syria", "special envoy for Syria", null)], titles);
    }
}
