using Dossier.Model;

namespace Dossier.Text;

/// <summary>The JSON names of <see cref="TokenKind"/> values: lowercase, stable, one constant string each (no per-token allocation).</summary>
internal static class TokenKindNames
{
    public static string Of(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Abbreviation => "abbreviation",
        TokenKind.Clitic => "clitic",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Quote => "quote",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Handle => "handle",
        TokenKind.Hashtag => "hashtag",
        _ => "other",
    };
}
