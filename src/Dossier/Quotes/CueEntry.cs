namespace Dossier.Quotes;

/// <summary>One lemma of the cue lexicon with what it allows (see Resources/cues.tsv for the flags).</summary>
public sealed record CueEntry(string Lemma, CueClass Class, bool Inverts, bool TakesObject, bool Weak, bool NoClause)
{
    /// <summary>Words after the head verb that belong to the cue ("point out", "chime in"); empty for one-word cues.</summary>
    public string[] Particles { get; init; } = [];

    /// <summary>The content may be a bare object phrase ("endorsed Sanders", "cited the report").</summary>
    public bool ObjectContent { get; init; }

    /// <summary>The content is a to-infinitive ("declined to comment", "wants to build a wall").</summary>
    public bool Infinitive { get; init; }
}

/// <summary>A cue found in the text: the entry, the tokens it covers and the form of its head.</summary>
public readonly record struct CueMatch(CueEntry Entry, int FirstToken, int EndToken, CueForm Form);
