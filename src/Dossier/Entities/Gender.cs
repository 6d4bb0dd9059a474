namespace Dossier.Entities;

/// <summary>
/// A person's grammatical gender as far as the article shows it cheaply (an honorific such as "Mr." or "Mrs.",
/// or a first name known to be given mostly to one sex). A hint for pronoun resolution, never a fact.
/// </summary>
public enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
