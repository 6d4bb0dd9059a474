using Dossier.Model;

namespace Dossier.Entities;

/// <summary>A tie from one actor to another (<see cref="Actor"/> is the other one's index), with the text that shows it.</summary>
public readonly record struct ActorAffiliation(int Actor, AffiliationKind Kind, TextSpan Evidence);
