using Dossier.Model;

namespace Dossier.Storage.Records;

/// <summary>
/// An event (PLOVER type, CAMEO code where known) with its actor, target and place as local actors (-1 when
/// absent), a date normalised against the publication date, casualty counts and the supporting span.
/// </summary>
public sealed record EventFact
{
    public required string Type { get; init; }
    public string? Code { get; init; }
    public TextSpan? Trigger { get; init; }
    public int Actor { get; init; } = -1;
    public int Target { get; init; } = -1;
    public int Place { get; init; } = -1;
    /// <summary>ISO 8601 date (or date-time) of the event, when it could be resolved.</summary>
    public string? Date { get; init; }
    public int? Killed { get; init; }
    public int? Injured { get; init; }
    public required TextSpan Evidence { get; init; }
    public float Confidence { get; init; }
}
