using Dossier.Model;

namespace Dossier.Storage.Records;

/// <summary>A mention of an entity in the text; <see cref="Actor"/> is the local actor index, or -1 for a mention of no actor (a date, a number).</summary>
public readonly record struct MentionFact(TextSpan Span, string Type, int Actor);
