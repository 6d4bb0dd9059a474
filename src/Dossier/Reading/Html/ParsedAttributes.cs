using System.Collections.Frozen;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Dossier.Reading.Html;

/// <summary>
/// The attributes the parser keeps; every other one is dropped as it is read. News pages carry dozens of
/// attributes per element (data-*, aria-*, srcset, onclick, inline tracking), and building them was a
/// tenth of the parse. Dropping one the reader never asks for changes nothing: element and text nodes,
/// their order and their source positions are the same.
/// </summary>
internal static class ParsedAttributes
{
    private static readonly FrozenSet<string> Kept = FrozenSet.Create(StringComparer.Ordinal,
        // Read by the reader: names of the template (ClassNameHints, MarkupFacts), hidden elements (PageModel),
        // meta and link values, structured data and dates (MetaTags, JsonLdArticle, PageMetadata).
        "class", "id", "role", "itemprop", "rel", "style", "hidden", "lang",
        "name", "property", "content", "http-equiv", "charset", "href", "type", "datetime", "pubdate",
        // Read by the tree builder itself (HTML standard, tree construction): <input type=hidden> in tables,
        // <font color|face|size> leaving foreign content, <annotation-xml encoding>.
        "color", "face", "size", "encoding");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptLookup = Kept.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the parser keeps attribute <paramref name="name"/> (as the tokenizer wrote it: lower case).</summary>
    public static bool IsKept(ReadOnlySpan<char> name) => KeptLookup.Contains(name);

    /// <summary>The parser's filter (<see cref="HtmlParserOptions.ShouldEmitAttribute"/>).</summary>
    public static bool ShouldEmit(ref StructHtmlToken token, ReadOnlyMemory<char> name) => IsKept(name.Span);
}
