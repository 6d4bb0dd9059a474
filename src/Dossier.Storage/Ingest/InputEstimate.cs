using System.Buffers;
using Dossier.Reading;

namespace Dossier.Storage.Ingest;

/// <summary>
/// Counts the articles a set of inputs holds without reading them as articles (lines of JSON Lines files,
/// items of feeds, response records of WARC files, one per other file), so progress can show an ETA.
/// Null when it cannot be known (standard input).
/// </summary>
public static class InputEstimate
{
    private const int BufferSize = 1 << 20;

    public static long? Count(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == ArticleReader.StandardInputName) return null;
            if (File.Exists(path)) total += CountFile(path, cancellationToken);
            else if (Directory.Exists(path))
            {
                foreach (var file in Files(path))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (FormatReaders.TakesExtension(file)) total += CountFile(file, cancellationToken);
                }
            }
        }
        return total;
    }

    private static IEnumerable<string> Files(string folder)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            yield break;
        }
        foreach (var entry in entries)
        {
            if (Path.GetFileName(entry).StartsWith('.')) continue;
            if (Directory.Exists(entry))
            {
                foreach (var file in Files(entry)) yield return file;
            }
            else yield return entry;
        }
    }

    private static long CountFile(string path, CancellationToken cancellationToken)
    {
        var file = SourceFile.FromPath(path);
        try
        {
            return file.Extension switch
            {
                ".jsonl" or ".ndjson" or ".jsonlines" => Math.Max(1, Occurrences(file, "\n"u8, cancellationToken)),
                ".warc" => Math.Max(1, Occurrences(file, "WARC-Type: response"u8, cancellationToken)),
                ".rss" or ".atom" or ".xml" => Math.Max(1, Occurrences(file, "<item"u8, cancellationToken) + Occurrences(file, "<entry"u8, cancellationToken)),
                _ => 1,
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return 1; // the reader will report it; one item is its share of the progress
        }
    }

    private static long Occurrences(SourceFile file, ReadOnlySpan<byte> pattern, CancellationToken cancellationToken)
    {
        using var stream = file.Open();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize + pattern.Length);
        try
        {
            long count = 0;
            int carried = 0, read;
            while ((read = stream.Read(buffer, carried, BufferSize)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var window = buffer.AsSpan(0, carried + read);
                count += window.Count(pattern);
                // Keep the tail so a match across two reads is found (it is shorter than the pattern, so never counted twice).
                carried = Math.Min(pattern.Length - 1, window.Length);
                window[^carried..].CopyTo(buffer);
            }
            return count;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
