using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>
/// Reads the inputs a user names: files, directories (recursively, in name order, hidden entries skipped,
/// only files with an extension some reader takes) and "-" for standard input. Yields one <see cref="ReadResult"/> per article or per problem, so one bad
/// file never stops the others.
/// </summary>
public sealed class ArticleReader(ReaderOptions options)
{
    // Bytes sniffed to recognise a format by content.
    private const int HeadLength = 1024;

    public const string StandardInputName = "-";

    /// <param name="standardInput">Opens standard input when a path is "-".</param>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, Func<Stream>? standardInput = null, CancellationToken cancellationToken = default)
    {
        foreach (var path in paths)
        {
            foreach (var file in Expand(path, standardInput))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (file.Error is not null)
                {
                    yield return ReadResult.Failed(file.Error);
                    continue;
                }
                foreach (var result in ReadFile(file.File!, cancellationToken)) yield return result;
            }
        }
    }

    /// <summary>Reads one file with the first reader that takes it; read errors become failed results.</summary>
    public IEnumerable<ReadResult> ReadFile(SourceFile file, CancellationToken cancellationToken = default)
    {
        var (reader, error) = Choose(file);
        if (error is not null)
        {
            yield return ReadResult.Failed(error);
            yield break;
        }
        using var results = reader!.Read(file, options, cancellationToken).GetEnumerator();
        bool broken = false;
        while (true)
        {
            ReadResult? next;
            try
            {
                next = results.MoveNext() ? results.Current : null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // A file that breaks while being read (truncated gzip, I/O error) ends here; the others go on.
                next = ReadResult.Failed(Errors.Unreadable(file.Name, ex.Message));
                broken = true;
            }
            if (next is null) yield break;
            yield return next;
            if (broken) yield break;
        }
    }

    private static (IFormatReader? Reader, DossierError? Error) Choose(SourceFile file)
    {
        Span<byte> head = stackalloc byte[HeadLength];
        int length;
        try
        {
            using var stream = file.Open();
            length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, Errors.Unreadable(file.Name, ex.Message));
        }
        if (length == 0) return (null, Errors.EmptyInput(file.Name));
        foreach (var reader in FormatReaders.All)
            if (reader.CanRead(file, head[..length])) return (reader, null);
        // Unknown extension: plain text if the bytes decode as text, else say what it is not.
        if (TextDecoder.Decode(head[..length], out var why) is null) return (null, Errors.BinaryInput(file.Name, why ?? "undecodable"));
        return (FormatReaders.All[^1], null);
    }

    private readonly record struct Entry(SourceFile? File, DossierError? Error);

    private static IEnumerable<Entry> Expand(string path, Func<Stream>? standardInput)
    {
        if (path == StandardInputName)
        {
            if (standardInput is null)
            {
                yield return new Entry(null, Errors.BadArgument("standard input is not available"));
                yield break;
            }
            using var input = standardInput();
            using var memory = new MemoryStream();
            input.CopyTo(memory);
            yield return new Entry(SourceFile.FromBytes(StandardInputName, memory.ToArray()), null);
            yield break;
        }
        if (File.Exists(path))
        {
            yield return Open(path);
            yield break;
        }
        if (!Directory.Exists(path))
        {
            yield return new Entry(null, Errors.FileNotFound(path));
            yield break;
        }
        var files = new List<string>();
        var errors = new List<DossierError>();
        ListFiles(path, files, errors);
        foreach (var error in errors) yield return new Entry(null, error);
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
            if (FormatReaders.TakesExtension(file)) yield return Open(file);
    }

    /// <summary>Collects files under <paramref name="directory"/>; an unreadable folder is reported and the rest still listed.</summary>
    private static void ListFiles(string directory, List<string> files, List<DossierError> errors)
    {
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
            {
                if (Path.GetFileName(entry).StartsWith('.')) continue;
                if (Directory.Exists(entry)) ListFiles(entry, files, errors);
                else files.Add(entry);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Errors.Unreadable(directory, ex.Message));
        }
    }

    private static Entry Open(string path)
    {
        try
        {
            return new Entry(SourceFile.FromPath(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Entry(null, Errors.Unreadable(path, ex.Message));
        }
    }
}
