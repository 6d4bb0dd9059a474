namespace Dossier.Storage.Queries;

/// <summary>What the store knows of one actor: who it is, what it said, whom it speaks about, who speaks about it, its relations.</summary>
public sealed record ActorProfile
{
    public required ActorSummary Actor { get; init; }
    public IReadOnlyList<NamedCount> Types { get; init; } = [];
    public IReadOnlyList<NamedCount> Aliases { get; init; } = [];
    public IReadOnlyList<NamedCount> Titles { get; init; } = [];
    /// <summary>Its latest quotes (claims, statements, beliefs).</summary>
    public IReadOnlyList<QuoteRow> Said { get; init; } = [];
    /// <summary>Actors its quotes mention, most often first.</summary>
    public IReadOnlyList<NamedCount> SpeaksAbout { get; init; } = [];
    /// <summary>Speakers of quotes that mention it, most often first.</summary>
    public IReadOnlyList<NamedCount> SpokenAboutBy { get; init; } = [];
    /// <summary>Latest quotes by others that mention it.</summary>
    public IReadOnlyList<QuoteRow> SaidAbout { get; init; } = [];
    public int QuotesAbout { get; init; }
    public IReadOnlyList<RelationRow> Relations { get; init; } = [];
    public int Events { get; init; }
    /// <summary>How the store linked the articles' actors to this one (rule and the name that matched), most common first.</summary>
    public IReadOnlyList<NamedCount> MergeEvidence { get; init; } = [];
}

/// <summary>A name (an actor, alias, title, rule) and how often it occurs; <see cref="Id"/> is the actor id where the name is an actor.</summary>
public sealed record NamedCount(string Name, int Count, long? Id = null);
