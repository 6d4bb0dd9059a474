namespace Dossier.Entities.Tagging;

/// <summary>
/// The lists a token can be found in (models/ner-gazetteer.tsv; sources and credits in models/NOTICE.entities.md).
/// At most 32, since each token keeps a 128-bit mask: category × position in the matched phrase (B, I, L, U).
/// </summary>
internal enum GazetteerCategory : byte
{
    FirstName,
    LastName,
    Country,
    City,
    /// <summary>States, provinces and other first-level divisions.</summary>
    Region,
    Capital,
    Demonym,
    Company,
    /// <summary>"Inc.", "Ltd", "GmbH": words that end a company name.</summary>
    LegalSuffix,
    Newspaper,
    Agency,
    Party,
    Religion,
    /// <summary>"Mr.", "Dr.", "Ambassador": words before a person's name.</summary>
    Honorific,
    /// <summary>Occupations and roles ("minister", "spokesman"); matched in any case.</summary>
    Occupation,
    /// <summary>Leaders and officials of the PETRARCH2 / Phoenix actor dictionaries.</summary>
    KnownPerson,
    /// <summary>Countries' other names, cities and provinces of the PETRARCH2 country dictionary.</summary>
    KnownPlace,
    /// <summary>Institutions and international organisations of the PETRARCH2 dictionaries.</summary>
    KnownOrganization,
    /// <summary>Militant and other non-state armed groups of the PETRARCH2 dictionaries.</summary>
    ArmedGroup,
    /// <summary>Person suffixes ("Jr", "III").</summary>
    PersonSuffix,
}
