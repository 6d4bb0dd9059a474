using Dossier.Model;

namespace Dossier.Storage.Records;

/// <summary>A relation between two local actors (role, member_of, part_of, ties, conflict…): subject, predicate, target (the object) with the span that supports it.</summary>
public sealed record RelationFact(int Subject, string Predicate, int Target, TextSpan Evidence)
{
    public float Confidence { get; init; }
}
