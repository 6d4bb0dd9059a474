using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Reading.PlainText;

/// <summary>
/// Reads a plain-text article as scraped from a news site (.txt, or any text file no other reader claims):
/// headline, byline and date lines to metadata, captions, credits and prompts out of the body.
/// </summary>
public sealed class PlainTextReader : IFormatReader
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.Ordinal) { ".txt", ".text" };

    public string Format => "text";

    public IReadOnlyCollection<string> Extensions => TextExtensions;

    public bool CanRead(SourceFile file, ReadOnlySpan<byte> head) => TextExtensions.Contains(file.Extension);

    public IEnumerable<ReadResult> Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        yield return ReadOne(file, options);
    }

    /// <summary>Reads the file as one article; also the fallback for files of unknown extension.</summary>
    public static ReadResult ReadOne(SourceFile file, ReaderOptions options)
    {
        if (file.Length > options.MaxArticleBytes && !file.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return ReadResult.Failed(Errors.TooLarge(file.Name, file.Length.Value, options.MaxArticleBytes));
        var bytes = file.ReadAllBytes(options.MaxArticleBytes);
        if (bytes is null) return ReadResult.Failed(Errors.TooLarge(file.Name, options.MaxArticleBytes + 1, options.MaxArticleBytes));
        return FromBytes(file.Name, bytes, options, DocumentMetadata.Empty);
    }

    /// <summary>Decodes and parses one article's bytes; <paramref name="known"/> holds metadata from a container.</summary>
    public static ReadResult FromBytes(string name, byte[] bytes, ReaderOptions options, DocumentMetadata known)
    {
        if (bytes.Length == 0) return ReadResult.Failed(Errors.EmptyInput(name));
        var decoded = TextDecoder.Decode(bytes, out var binaryReason);
        if (decoded is null) return ReadResult.Failed(Errors.BinaryInput(name, binaryReason ?? "undecodable"));
        var warnings = decoded.ReplacedSequences > 0 ? new[] { Errors.InvalidBytesReplaced(name, decoded.ReplacedSequences, decoded.EncodingName) } : [];
        var metadata = known with { Source = known.Source ?? name, Format = known.Format ?? "text", Encoding = decoded.EncodingName };
        return FromText(name, decoded.Text, options, metadata, detectHeadline: known.Title is null, warnings);
    }

    /// <summary>Parses decoded article text (for example a JSON field) into a document.</summary>
    public static ReadResult FromText(string name, string text, ReaderOptions options, DocumentMetadata metadata, bool detectHeadline, IReadOnlyList<DossierError>? warnings = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Failed(Errors.EmptyInput(name));
        metadata = metadata with { Language = metadata.Language ?? LanguageGuesser.Guess(text) };
        var document = options.Raw ? Document.FromText(text, metadata) : ArticleTextParser.Parse(text, metadata, detectHeadline);
        if (document.Paragraphs.Count == 0) return ReadResult.Failed(Errors.NoText(name));
        return ReadResult.Ok(document, warnings);
    }
}
