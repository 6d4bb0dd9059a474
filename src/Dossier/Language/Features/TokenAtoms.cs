namespace Dossier.Language.Features;

/// <summary>
/// What the tagger and the parser know about one token, computed once per token from its characters:
/// hashes of its forms, affixes and shape, and what the lexicon says about it. Features are combinations
/// of these atoms, so no feature ever needs a string.
/// </summary>
internal struct TokenAtoms
{
    /// <summary>The form as written.</summary>
    public ulong Form;
    /// <summary>Lower-cased with every digit replaced by 0, so "1990s" and "2010s" share a word.</summary>
    public ulong Word;
    public ulong Shape;
    public ulong Prefix1, Prefix2, Prefix3;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4, Suffix5;
    /// <summary>Small bit set of <see cref="AtomFlags"/>.</summary>
    public ulong Flags;
    /// <summary>The set of tags the lexicon has seen on this word (0: not in the lexicon).</summary>
    public ulong Ambiguity;
    /// <summary>Word-cluster bit-string prefixes of 4, 8 and 12 bits (0: no cluster).</summary>
    public ulong Cluster4, Cluster8, Cluster12;
    /// <summary>How often the word is capitalised in running text, bucketed 1 (never) to 5 (always); 0 when unknown.</summary>
    public ulong Capitalisation;
}

[Flags]
internal enum AtomFlags : ulong
{
    None = 0,
    HasDigit = 1,
    HasHyphen = 2,
    HasUpper = 4,
    AllUpper = 8,
    InitialUpper = 16,
    HasPeriod = 32,
    HasLetter = 64,
}
