namespace Dossier.Model;

/// <summary>
/// What is known about an article besides its text. Every field is optional because sources differ:
/// a scraped .txt may carry only a headline, a JSON Lines record carries most of these.
/// </summary>
public sealed record DocumentMetadata
{
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>Identifier given by the source (a JSON Lines <c>id</c>), else null.</summary>
    public string? Id { get; init; }
    public string? Title { get; init; }
    /// <summary>Author names as separate entries ("Jane Doe", "John Roe"); empty when unknown.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>The byline as printed ("By Jane Doe and John Roe, Reuters"), when the text states one.</summary>
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    /// <summary>The file path, "-" for standard input, or the path plus ":line" for a JSON Lines record.</summary>
    public string? Source { get; init; }
    /// <summary>The article's canonical URL, when known.</summary>
    public string? Url { get; init; }
    /// <summary>The publication or site name ("Voice of America", "www.csmonitor.com").</summary>
    public string? Site { get; init; }
    /// <summary>ISO 639-1 code of the text's language ("en"), when detected or stated.</summary>
    public string? Language { get; init; }
    /// <summary>The input format the reader recognised ("text", "jsonl", "html").</summary>
    public string? Format { get; init; }
    /// <summary>The character encoding the bytes were decoded with ("utf-8", "utf-16le", "windows-1252").</summary>
    public string? Encoding { get; init; }
}
