namespace Dossier.Storage.Queries;

/// <summary>Filters of <c>dossier quotes</c>; every filter is optional and they combine with AND.</summary>
public sealed record QuoteQuery
{
    /// <summary>Name or alias of the speaker: every actor of that name, or whose name holds these words ("Smith" is any Smith).</summary>
    public string? Speaker { get; init; }
    /// <summary>Name or alias of an actor the quote's content mentions (matched as <see cref="Speaker"/> is).</summary>
    public string? About { get; init; }
    /// <summary>Words the content must contain (full-text search).</summary>
    public string? Text { get; init; }
    /// <summary>Articles published on or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Articles published before this instant.</summary>
    public DateTimeOffset? Until { get; init; }
    /// <summary>direct, mixed, indirect or belief.</summary>
    public string? Type { get; init; }
    /// <summary>Most rows returned, newest first; 0 for all.</summary>
    public int Limit { get; init; } = 50;
}
