using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Entities;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Reading;

namespace Dossier.Tests.Entities;

/// <summary>
/// Every entity of the golden article's expectation, by ../shared/golden/README.md: the canonical entity exists with
/// its type, and each alias is linked to it. Names compare as the README compares speakers (case-insensitive,
/// white space normalised, a leading "the" ignored); titles match as substrings of a title the actor has.
/// </summary>
public partial class GoldenArticleEntitiesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Golden");
    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "envoy-taliban-isis.expected.json"))).RootElement;
    private static readonly Lazy<Document> Analysed = new(() =>
    {
        var document = new ArticleReader(ReaderOptions.Default).Read([Path.Combine(Folder, "envoy-taliban-isis.txt")]).Single().Document!;
        return EntityTestPipeline.Instance.Process(document);
    });

    public static TheoryData<string> EntityNames() => [.. Expected.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(EntityNames))]
    public void Golden_entity_exists_with_its_type_and_aliases(string name)
    {
        var expected = Expected.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString() == name);
        var actors = Analysed.Value.Actors;
        string type = expected.GetProperty("type").GetString()!;
        int actor = Enumerable.Range(0, actors.Count).FirstOrDefault(a => NameKey.Of(actors.NameAt(a)) == NameKey.Of(name), -1);
        Assert.True(actor >= 0, $"no actor named {name}; actors: {string.Join(", ", actors.All().Select(a => a.ToString()))}");
        Assert.Equal(type, actors.TypeAt(actor).Label());
        foreach (var alias in expected.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!))
        {
            var names = actors.AliasesOf(actor).ToArray().Append(actors.NameAt(actor)).Select(n => NameKey.Of(n));
            Assert.Contains(NameKey.Of(alias), names);
        }
        if (expected.TryGetProperty("title", out var title))
        {
            var titles = actors.TitlesOf(actor).ToArray().Select(t => Normalise(actors.TextOf(t.Span).ToString())).ToList();
            Assert.Contains(titles, t => t.Contains(Normalise(title.GetString()!), StringComparison.Ordinal));
        }
    }

    public static TheoryData<string, string> RoleRelations()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Expected.GetProperty("relations").EnumerateArray().Where(r => r.GetProperty("predicate").GetString() == "role"))
            data.Add(r.GetProperty("subject").GetString()!, r.GetProperty("object").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(RoleRelations))]
    public void Golden_role_is_an_affiliation_with_its_evidence(string subject, string organisation)
    {
        var relation = Expected.GetProperty("relations").EnumerateArray().First(r => r.GetProperty("subject").GetString() == subject && r.GetProperty("object").GetString() == organisation);
        var document = Analysed.Value;
        var actors = document.Actors;
        int person = actors.Find(subject), org = actors.Find(organisation);
        Assert.True(person >= 0 && org >= 0);
        var evidence = Normalise(relation.GetProperty("evidence_contains").GetString()!);
        Assert.Contains(actors.AffiliationsOf(person).ToArray(), a => a.Actor == org && a.Kind == AffiliationKind.Role
            && Normalise(document.Substring(a.Evidence)).Contains(evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void People_who_share_a_surname_are_not_merged_with_a_quoted_name()
    {
        var actors = Analysed.Value.Actors;
        int haqqani = actors.Find("Sirajuddin Haqqani");
        Assert.DoesNotContain(actors.MentionsOf(haqqani).ToArray(), m => Analysed.Value.Mentions[m].Kind == MentionKind.PartialName);
    }

    private static string Normalise(string s) => WhiteSpace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
