namespace Dossier.Quotes;

/// <summary>How an attribution reports its content (rules of the golden README: quotation marks decide first).</summary>
public enum QuoteType : byte
{
    /// <summary>The content is wholly inside quotation marks.</summary>
    Direct,
    /// <summary>Reported speech that holds a quoted fragment of the speaker's own words.</summary>
    Mixed,
    /// <summary>Reported speech without quotation marks ("X said that …", "according to X, …").</summary>
    Indirect,
    /// <summary>An unquoted thought or judgement ("X thinks / believes that …", "X found … disquieting").</summary>
    Belief,
}
