using Dossier.Entities.Tagging;

namespace Dossier.Entities.Training;

/// <summary>
/// Builds models/ner-gazetteer.tsv ("category TAB phrase", sorted, distinct) from the shared gazetteers and the
/// PETRARCH2 actor dictionaries. Every source may ship with credit (models/NOTICE.entities.md).
/// </summary>
internal static class GazetteerCompiler
{
    public static int Write(string dataRoot, string outputPath)
    {
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        void Add(GazetteerCategory category, string phrase)
        {
            phrase = phrase.Trim();
            if (phrase.Length > 0 && phrase.Length < 80) entries.Add($"{category}\t{phrase}");
        }

        string gaz = Path.Combine(dataRoot, "gazetteers");
        foreach (var line in Lines(gaz, "first_names_moby.txt")) Add(GazetteerCategory.FirstName, line);
        foreach (var line in Lines(gaz, "last_names_moby.txt")) Add(GazetteerCategory.LastName, line);
        foreach (var columns in Lines(gaz, "countries.tsv").Skip(1).Select(l => l.Split('\t')))
        {
            if (columns.Length < 11) continue;
            Add(GazetteerCategory.Country, columns[2]);
            Add(GazetteerCategory.Country, columns[3]);
            foreach (var alt in columns[10].Split('|')) if (alt.Length > 3 && alt.All(c => c < 0x250)) Add(GazetteerCategory.Country, alt);
            Add(GazetteerCategory.Capital, columns[4]);
            Add(GazetteerCategory.Demonym, columns[5]);
            Add(GazetteerCategory.Demonym, columns[6]);
        }
        foreach (var columns in Lines(gaz, "demonyms_norp.tsv").Skip(1).Select(l => l.Split('\t'))) Add(GazetteerCategory.Demonym, columns[0]);
        foreach (var columns in Lines(gaz, "world-cities.csv").Skip(1).Select(l => l.Split(',')))
        {
            if (columns.Length < 4) continue;
            Add(GazetteerCategory.City, columns[0]);
            Add(GazetteerCategory.Region, columns[2]);
        }
        foreach (var line in Lines(gaz, "cc0_fortune500.txt")) Add(GazetteerCategory.Company, line);
        foreach (var line in Lines(gaz, "cc0_nasdaq.txt")) if (!IsTicker(line)) Add(GazetteerCategory.Company, line);
        foreach (var columns in Lines(gaz, "org_legal_suffixes.tsv").Skip(1).Select(l => l.Split('\t'))) Add(GazetteerCategory.LegalSuffix, columns[0]);
        foreach (var line in Lines(gaz, "cc0_newspapers.txt")) Add(GazetteerCategory.Newspaper, line);
        foreach (var line in Lines(gaz, "cc0_us_federal_agencies.txt")) Add(GazetteerCategory.Agency, line);
        foreach (var line in Lines(gaz, "cc0_uk_political_parties.txt")) Add(GazetteerCategory.Party, line);
        foreach (var line in Lines(gaz, "cc0_religions.txt")) Add(GazetteerCategory.Religion, line);
        foreach (var line in Lines(gaz, "cc0_englishHonorifics.txt").Concat(Lines(gaz, "cc0_prefixes.txt"))) Add(GazetteerCategory.Honorific, line);
        foreach (var line in Lines(gaz, "cc0_occupations.txt")) Add(GazetteerCategory.Occupation, line);
        foreach (var line in Lines(gaz, "cc0_suffixes.txt")) Add(GazetteerCategory.PersonSuffix, line);

        string petrarch = Path.Combine(dataRoot, "events", "petrarch2-dictionaries");
        var knownPersons = new HashSet<string>(StringComparer.Ordinal);
        var knownNonPersons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in PetrarchDictionary.Read(Path.Combine(petrarch, "Phoenix.Countries.actors.txt"))
                     .Concat(PetrarchDictionary.Read(Path.Combine(petrarch, "Phoenix.International.actors.txt"))))
        {
            var category = entry.Kind switch
            {
                PetrarchDictionary.Kind.Person => GazetteerCategory.KnownPerson,
                PetrarchDictionary.Kind.Country => GazetteerCategory.KnownPlace,
                _ => GazetteerCategory.KnownOrganization,
            };
            foreach (var name in entry.Names) Add(category, name);
            (category == GazetteerCategory.KnownPerson ? knownPersons : knownNonPersons).UnionWith(entry.Names);
        }
        foreach (var entry in PetrarchDictionary.Read(Path.Combine(petrarch, "Phoenix.MilNonState.actors.txt")))
        {
            foreach (var name in entry.Names) Add(entry.Kind == PetrarchDictionary.Kind.Person ? GazetteerCategory.KnownPerson : GazetteerCategory.ArmedGroup, name);
            (entry.Kind == PetrarchDictionary.Kind.Person ? knownPersons : knownNonPersons).UnionWith(entry.Names);
        }

        var firstNames = new HashSet<string>(Lines(gaz, "first_names_moby.txt"), StringComparer.OrdinalIgnoreCase);
        var lastNames = new HashSet<string>(Lines(gaz, "last_names_moby.txt"), StringComparer.OrdinalIgnoreCase);
        foreach (var outlet in NewsOutlets.FromCorpus(Path.Combine(dataRoot, "corpus"), firstNames, lastNames, knownPersons, knownNonPersons)) Add(GazetteerCategory.Newspaper, outlet);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllLines(outputPath, entries);
        return entries.Count;
    }

    internal static IEnumerable<string> Lines(string folder, string file) =>
        File.ReadLines(Path.Combine(folder, file)).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static bool IsTicker(string line) => line.Length <= 5 && line.All(c => char.IsAsciiLetterUpper(c) || c == '.');
}
