namespace Dossier.Entities;

/// <summary>
/// What a mention names. Person … Misc come from the trained tagger (CoNLL's LOC split into Gpe and Loc,
/// demonyms as Norp); Date … Cardinal come from rules. Stored as one byte per mention.
/// </summary>
public enum EntityType : byte
{
    Person,
    /// <summary>Companies, agencies, parties, armed groups, newspapers, administrations.</summary>
    Org,
    /// <summary>Geo-political entities: countries, states, cities (places with a government).</summary>
    Gpe,
    /// <summary>Other places: regions, rivers, mountains, continents.</summary>
    Loc,
    /// <summary>Nationalities, religious and political groups named by a demonym ("Afghan", "Republicans").</summary>
    Norp,
    /// <summary>Other names: events, works, laws, products, languages.</summary>
    Misc,
    Date,
    Time,
    Money,
    Percent,
    Cardinal,
}
