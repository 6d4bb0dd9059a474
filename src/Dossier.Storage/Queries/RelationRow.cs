using Dossier.Model;

namespace Dossier.Storage.Queries;

/// <summary>A stored relation between two actors with its evidence.</summary>
public sealed record RelationRow
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public long SubjectId { get; init; }
    public required string Subject { get; init; }
    public required string Predicate { get; init; }
    public long TargetId { get; init; }
    public required string Target { get; init; }
    public required string Evidence { get; init; }
    public TextSpan EvidenceSpan { get; init; }
    public double Confidence { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Url { get; init; }
}
