namespace Dossier.Storage.Queries;

/// <summary>A cross-article actor and its counts.</summary>
public sealed record ActorSummary
{
    public long Id { get; init; }
    public required string Name { get; init; }
    /// <summary>The type most articles give it (PERSON, ORG, GPE, …; UNKNOWN when only a speaker name was known).</summary>
    public required string Type { get; init; }
    /// <summary>True for a person known only by one name ("West"): never merged across articles, since surnames are shared.</summary>
    public bool Partial { get; init; }
    public int Articles { get; init; }
    public int Mentions { get; init; }
    /// <summary>Quotes this actor is the speaker of.</summary>
    public int Quotes { get; init; }
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Titles { get; init; } = [];
}
