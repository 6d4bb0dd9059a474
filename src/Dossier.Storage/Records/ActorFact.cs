namespace Dossier.Storage.Records;

/// <summary>
/// An actor as one article knows it: its canonical name there, type (PERSON, ORG, GPE, NORP, …, or UNKNOWN
/// when only a quote's speaker name is known), the other names the article uses for it, and titles it gives it.
/// </summary>
public sealed record ActorFact(string Name, string Type)
{
    public const string UnknownType = "UNKNOWN";
    public const string PersonType = "PERSON";

    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Titles { get; init; } = [];
    public int MentionCount { get; init; }
}
