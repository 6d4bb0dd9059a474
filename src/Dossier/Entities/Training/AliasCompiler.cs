namespace Dossier.Entities.Training;

/// <summary>
/// Builds models/actor-aliases.tsv: (1) the curated list, (2) countries with their official names and other
/// spellings (gazetteers/countries.tsv, ODbL), (3) the synonym groups of the PETRARCH2 international and non-state
/// actor dictionaries (MIT). Earlier sources win when two claim a name. Country synonyms of PETRARCH2 are not
/// used: they list cities and provinces under their country, which must stay separate actors.
/// </summary>
internal static class AliasCompiler
{
    /// <summary>A spelling variant (letters within a small edit distance) or the acronym of the head name.</summary>
    private static bool IsVariant(string head, string name)
    {
        string a = Letters(head), b = Letters(name);
        if (a.Length == 0 || b.Length == 0) return false;
        string headInitials = Actors.Acronyms.Initials(System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(head)).ToLowerInvariant();
        string nameInitials = Actors.Acronyms.Initials(System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name)).ToLowerInvariant();
        if (b == headInitials || a == nameInitials) return true;
        return EditDistance(a, b) <= Math.Max(2, Math.Min(a.Length, b.Length) / 6);
    }

    private static string Letters(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private const string AliasTableDemonymType = Actors.AliasTable.DemonymType;

    public static int Write(string dataRoot, string outputPath)
    {
        var groups = new List<(string Display, string Type, List<string> Names)>();
        var claimed = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string display, string type, IEnumerable<string> aliases)
        {
            var names = aliases.Append(display).Select(a => a.Trim()).Where(a => a.Length > 1).ToList();
            // A group that shares a name with an earlier one adds its other names to it.
            int group = names.Select(n => claimed.GetValueOrDefault(NameKey.Of(n), -1)).FirstOrDefault(g => g >= 0, -1);
            if (group < 0)
            {
                group = groups.Count;
                groups.Add((display, type, []));
            }
            foreach (var name in names)
            {
                if (claimed.TryAdd(NameKey.Of(name), group) && !string.Equals(name, groups[group].Display, StringComparison.Ordinal)) groups[group].Names.Add(name);
            }
        }

        foreach (var (display, type, aliases) in CuratedAliases.All) Add(display, type, aliases);
        foreach (var columns in GazetteerCompiler.Lines(Path.Combine(dataRoot, "gazetteers"), "countries.tsv").Skip(1).Select(l => l.Split('\t')))
        {
            if (columns.Length < 11) continue;
            var names = new List<string> { columns[3] };
            names.AddRange(columns[10].Split('|').Where(a => a.Length > 3 && a.All(c => c < 0x250) && !a.Contains(',', StringComparison.Ordinal)));
            Add(columns[2], "GPE", names);
        }
        string petrarch = Path.Combine(dataRoot, "events", "petrarch2-dictionaries");
        foreach (var file in new[] { "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
        {
            foreach (var entry in PetrarchDictionary.Read(Path.Combine(petrarch, file)))
            {
                if (entry.Kind == PetrarchDictionary.Kind.Person || entry.Names.Count < 2) continue;
                // PETRARCH2 groups gather everything coded alike (affiliates, even leaders); only spelling variants and
                // acronyms of the head name are the same actor. Names are upper case, so the display stays empty and
                // the article's own spelling is shown.
                string head = entry.Names[0];
                var variants = entry.Names.Where(n => IsVariant(head, n)).ToList();
                if (variants.Count > 1) Add("", "ORG", variants);
            }
        }
        var demonyms = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var columns in GazetteerCompiler.Lines(Path.Combine(dataRoot, "gazetteers"), "demonyms_norp.tsv").Skip(1).Select(l => l.Split('\t')))
        {
            var countries = columns.Length > 1 ? columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            // "American": Northern Mariana Islands|United States — the best-known country is the one with a curated or common name.
            string? country = countries.FirstOrDefault(c => claimed.ContainsKey(NameKey.Of(c)) && groups[claimed[NameKey.Of(c)]].Display == c && CuratedAliases.All.Any(a => a.Display == c)) ?? countries.LastOrDefault();
            if (country is null) continue;
            if (!demonyms.TryGetValue(country, out var set)) demonyms[country] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(columns[0]);
        }
        var lines = groups.Where(g => g.Names.Count > 0).Select(g => $"{g.Display}\t{g.Type}\t{string.Join('|', g.Names)}").ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllLines(outputPath, lines.Prepend("# display\ttype\taliases — built by `dossier train aliases`; sources in models/NOTICE.entities.md"));
        File.AppendAllLines(outputPath, demonyms.Select(d => $"{d.Key}\t{AliasTableDemonymType}\t{string.Join('|', d.Value)}"));
        return lines.Count;
    }
}
