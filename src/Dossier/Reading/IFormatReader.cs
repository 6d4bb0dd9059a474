namespace Dossier.Reading;

/// <summary>
/// Reads one input format into documents. Readers are registered in <see cref="FormatReaders.All"/>;
/// the first whose <see cref="CanRead"/> accepts a file reads it. A reader never throws for bad input:
/// it yields a failed <see cref="ReadResult"/> naming the file (or record) and goes on.
/// </summary>
public interface IFormatReader
{
    /// <summary>The format's name as it appears in document metadata ("text", "jsonl", "html").</summary>
    string Format { get; }

    /// <summary>File extensions (lower case, with the dot, without ".gz") this reader takes when a folder is expanded.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Whether this reader takes the file, judged by its name (without .gz) and its first (decompressed) bytes.</summary>
    bool CanRead(SourceFile file, ReadOnlySpan<byte> head);

    IEnumerable<ReadResult> Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken = default);
}
