namespace Dossier.Reading.Feeds;

/// <summary>What an RSS item or Atom entry says about one article.</summary>
internal sealed record FeedItem
{
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Id { get; init; }
    public string? Published { get; init; }
    public string? Updated { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>The fullest text the item carries (content:encoded or Atom content before description or summary), often HTML.</summary>
    public string? Content { get; init; }
}
