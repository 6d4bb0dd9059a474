namespace Dossier.Quotes;

/// <summary>What a cue reports, which decides the type of an unquoted attribution.</summary>
public enum CueClass : byte
{
    Speech,
    Belief,
    /// <summary>A hope, fear or worry: typed indirect when unquoted (as the golden expectation does).</summary>
    Feeling,
}

/// <summary>Which form of the verb a cue word is; the gerund and participle change how the cue is read.</summary>
public enum CueForm : byte
{
    Base,
    ThirdPerson,
    Past,
    Participle,
    Gerund,
}
