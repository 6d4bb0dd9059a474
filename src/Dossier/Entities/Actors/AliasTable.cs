namespace Dossier.Entities.Actors;

/// <summary>
/// General knowledge of what names mean the same actor ("U.S." / "United States" / "America"; "ISIS" / "Islamic
/// State"), from models/actor-aliases.tsv ("display TAB type TAB alias|alias…" per actor; built by `dossier train
/// aliases` from the gazetteers, the PETRARCH2 dictionaries and a short curated list). Names compare by <see cref="NameKey"/>.
/// </summary>
internal sealed class AliasTable
{
    /// <summary>The type column of lines that map demonyms to their country instead of naming one actor.</summary>
    public const string DemonymType = "DEMONYM";

    private readonly Dictionary<string, int> _groups;
    private readonly string[] _displays;
    private readonly EntityType[] _types;
    private readonly Dictionary<string, string> _countries;

    private AliasTable(Dictionary<string, int> groups, string[] displays, EntityType[] types, Dictionary<string, string> countries)
    {
        _groups = groups;
        _displays = displays;
        _types = types;
        _countries = countries;
    }

    public static AliasTable Empty { get; } = new([], [], [], []);

    public int Count => _displays.Length;

    public static AliasTable Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var displays = new List<string>();
        var types = new List<EntityType>();
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split('\t');
            if (columns.Length < 3 || line.StartsWith('#')) continue;
            if (columns[1] == DemonymType)
            {
                foreach (var demonym in columns[2].Split('|')) countries.TryAdd(NameKey.Of(demonym), columns[0]);
                continue;
            }
            int group = displays.Count;
            displays.Add(columns[0]);
            types.Add(EntityTypeNames.TryParse(columns[1], out var type) ? type : EntityType.Org);
            foreach (var name in columns[2].Split('|').Append(columns[0]))
            {
                string key = NameKey.Of(name);
                if (key.Length > 0) groups.TryAdd(key, group);
            }
        }
        return new AliasTable(groups, [.. displays], [.. types], countries);
    }

    /// <summary>The country a demonym key belongs to ("afghan" → "Afghanistan"), or null.</summary>
    public string? CountryOf(string demonymKey) => _countries.GetValueOrDefault(demonymKey);

    /// <summary>The group of a name key, or -1 when the table does not know it.</summary>
    public int GroupOf(string key) => _groups.GetValueOrDefault(key, -1);

    /// <summary>What the actors of a group are (ORG, GPE…).</summary>
    public EntityType TypeOf(int group) => _types[group];

    /// <summary>The preferred display name of a group ("United States"), or "" when the source had none worth showing.</summary>
    public string DisplayOf(int group) => _displays[group];
}
