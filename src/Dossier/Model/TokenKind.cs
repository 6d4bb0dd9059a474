namespace Dossier.Model;

/// <summary>What kind of string a token is. Stored as one byte per token.</summary>
public enum TokenKind : byte
{
    Word,
    /// <summary>"8,000", "3.5", "20" (the number part of "20-year" when split).</summary>
    Number,
    /// <summary>A word with internal periods or a known abbreviation: "U.S.", "Gen.", "p.m.".</summary>
    Abbreviation,
    /// <summary>A clitic split from its host: "n't", "'s", "'re", "’ll".</summary>
    Clitic,
    Punctuation,
    /// <summary>A quotation mark, straight or curly, single or double, or a guillemet.</summary>
    Quote,
    Symbol,
    Url,
    Email,
    /// <summary>"@handle".</summary>
    Handle,
    /// <summary>"#tag".</summary>
    Hashtag,
}
