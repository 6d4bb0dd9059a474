using Dossier.Model;

namespace Dossier.Storage.Queries;

/// <summary>A stored event with its participants and evidence.</summary>
public sealed record EventRow
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public required string Type { get; init; }
    public string? Code { get; init; }
    public string? Trigger { get; init; }
    public string? Actor { get; init; }
    public long? ActorId { get; init; }
    public string? Target { get; init; }
    public long? TargetId { get; init; }
    public string? Place { get; init; }
    public long? PlaceId { get; init; }
    public string? Date { get; init; }
    public int? Killed { get; init; }
    public int? Injured { get; init; }
    public required string Evidence { get; init; }
    public TextSpan EvidenceSpan { get; init; }
    public double Confidence { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Url { get; init; }
}
