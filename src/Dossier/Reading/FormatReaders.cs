using Dossier.Reading.Feeds;
using Dossier.Reading.Html;
using Dossier.Reading.JsonLines;
using Dossier.Reading.PlainText;
using Dossier.Reading.Warc;

namespace Dossier.Reading;

/// <summary>
/// The input formats, in the order they are asked whether they take a file (one line per format).
/// Plain text comes last: it is also the fallback for text files of unknown extension.
/// </summary>
public static class FormatReaders
{
    public static IReadOnlyList<IFormatReader> All { get; } =
    [
        new JsonLinesReader(),
        new WarcReader(),
        new FeedReader(),
        new HtmlReader(),
        new PlainTextReader(),
    ];

    /// <summary>Whether a file found in a folder is an article some reader takes (a README or an image is not).</summary>
    public static bool TakesExtension(string path)
    {
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        string extension = Path.GetExtension(name).ToLowerInvariant();
        return All.Any(r => r.Extensions.Contains(extension));
    }
}
