using Dossier.Entities.Training;

namespace Dossier.Tests.Entities;

public sealed class NewsOutletsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-outlets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private IEnumerable<string> OutletsFrom(params string[] sources)
    {
        File.WriteAllLines(Path.Combine(_folder, "corpus.jsonl"), sources.Select(s => $$"""{"source": "{{s}}", "text": ""}"""));
        var knownPersons = new HashSet<string> { "barack obama", "michael jackson", "president obama", "american smith", "new jones" };
        var knownNonPersons = new HashSet<string> { "new zealand", "american red cross" };
        return NewsOutlets.FromCorpus(_folder, firstNames: new(StringComparer.OrdinalIgnoreCase) { "Ann" }, lastNames: new(StringComparer.OrdinalIgnoreCase), knownPersons, knownNonPersons);
    }

    [Fact]
    public void A_columnist_listed_as_a_known_person_is_not_an_outlet() =>
        Assert.DoesNotContain("Barack Obama", OutletsFrom("Barack Obama", "Politico"));

    [Fact]
    public void A_columnist_whose_first_name_a_known_person_has_is_not_an_outlet() =>
        Assert.DoesNotContain("Michael Barone", OutletsFrom("Michael Barone"));

    [Fact]
    public void A_title_before_a_surname_is_not_taken_for_a_first_name() =>
        Assert.Contains("President Watch", OutletsFrom("President Watch"));

    [Fact]
    public void A_word_that_opens_place_or_organisation_names_is_not_taken_for_a_first_name() =>
        Assert.Equal(["American Thinker", "New Republic"], OutletsFrom("American Thinker", "New Republic").Order(StringComparer.Ordinal));

    [Fact]
    public void Outlets_keep_their_names_without_section_suffixes() =>
        Assert.Equal(["CNN", "Politico"], OutletsFrom("CNN (Web News)", "Politico", "Ann Coulter").Order(StringComparer.Ordinal));
}
