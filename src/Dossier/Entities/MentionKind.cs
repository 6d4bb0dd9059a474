namespace Dossier.Entities;

/// <summary>How a mention refers to its actor. Pronouns and nominals ("he", "the envoy") are not mentions.</summary>
public enum MentionKind : byte
{
    /// <summary>The fullest name of the actor in the article ("Thomas West", "Foundation for Defense of Democracies").</summary>
    Name,
    /// <summary>Part of a person's name used alone: the surname ("West") or the first name.</summary>
    PartialName,
    /// <summary>An acronym or abbreviation ("FDD", "U.S.", "ISIS").</summary>
    Acronym,
    /// <summary>Another name from the alias table ("America" for the United States, "Islamic State" for ISIS).</summary>
    Alias,
    /// <summary>A demonym ("Afghan", "Afghans"); its actor is the nationality, linked to the country by an affiliation.</summary>
    Demonym,
    /// <summary>A date, time, amount, percentage or count found by rules; has no actor.</summary>
    Value,
}
