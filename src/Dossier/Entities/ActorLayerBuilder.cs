namespace Dossier.Entities;

/// <summary>Collects actors with their mentions, aliases, titles and affiliations, then freezes them into an <see cref="ActorLayer"/>.</summary>
public sealed class ActorLayerBuilder(string text)
{
    private readonly List<string> _names = [];
    private readonly List<EntityType> _types = [];
    private readonly List<Gender> _genders = [];
    private readonly List<List<int>> _mentions = [];
    private readonly List<List<string>> _aliases = [];
    private readonly List<List<ActorTitle>> _titles = [];
    private readonly List<List<ActorAffiliation>> _affiliations = [];

    public int Count => _names.Count;

    public string NameAt(int actor) => _names[actor];
    public EntityType TypeAt(int actor) => _types[actor];

    /// <summary>Adds an actor and returns its index.</summary>
    public int Add(string canonicalName, EntityType type, Gender gender = Gender.Unknown)
    {
        _names.Add(canonicalName);
        _types.Add(type);
        _genders.Add(gender);
        _mentions.Add([]);
        _aliases.Add([]);
        _titles.Add([]);
        _affiliations.Add([]);
        return _names.Count - 1;
    }

    public void Rename(int actor, string canonicalName) => _names[actor] = canonicalName;
    public void SetGender(int actor, Gender gender) => _genders[actor] = gender;

    /// <summary>Links mention <paramref name="mention"/> (its index in the final, sorted <see cref="MentionLayer"/>).</summary>
    public void AddMention(int actor, int mention) => _mentions[actor].Add(mention);

    /// <summary>Adds an alias unless it equals the canonical name or an alias already there (by <see cref="NameKey"/>).</summary>
    public void AddAlias(int actor, string alias)
    {
        string key = NameKey.Of(alias);
        if (key.Length == 0 || NameKey.Of(_names[actor]).Equals(key, StringComparison.Ordinal)) return;
        if (_aliases[actor].Exists(a => NameKey.Of(a).Equals(key, StringComparison.Ordinal))) return;
        _aliases[actor].Add(alias);
    }

    public void AddTitle(int actor, ActorTitle title)
    {
        if (!_titles[actor].Contains(title)) _titles[actor].Add(title);
    }

    public void AddAffiliation(int actor, ActorAffiliation affiliation)
    {
        if (!_affiliations[actor].Exists(a => a.Actor == affiliation.Actor && a.Kind == affiliation.Kind)) _affiliations[actor].Add(affiliation);
    }

    public ActorLayer Build()
    {
        foreach (var list in _mentions) list.Sort();
        return new ActorLayer(text, [.. _names], [.. _types], [.. _genders],
            Slices<int>.From(_mentions), Slices<string>.From(_aliases), Slices<ActorTitle>.From(_titles), Slices<ActorAffiliation>.From(_affiliations));
    }
}
