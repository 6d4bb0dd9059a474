using System.Text;
using System.Text.Json;

namespace Dossier.Bench;

/// <summary>
/// The article texts of a corpus file in ../shared/data (the `text` field of each JSON Lines record), loaded once
/// per process. The data folder is DOSSIER_DATA, else ../shared/data next to the repository.
/// </summary>
internal sealed class CorpusTexts
{
    private static readonly Dictionary<string, CorpusTexts> Loaded = new(StringComparer.Ordinal);

    private CorpusTexts(string path, IReadOnlyList<string> texts)
    {
        Path = path;
        Texts = texts;
        Utf8Bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
    }

    public string Path { get; }
    public IReadOnlyList<string> Texts { get; }
    /// <summary>Size of all texts in UTF-8, the basis of every MB/s figure.</summary>
    public long Utf8Bytes { get; }
    public bool IsEmpty => Texts.Count == 0;

    /// <summary>The texts of <paramref name="relativePath"/> (under the data folder); empty, with a message, when the file is absent.</summary>
    public static CorpusTexts Load(string relativePath)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(relativePath, out var cached)) return cached;
            var path = Resolve(relativePath);
            var texts = new List<string>();
            if (path is null)
                Console.WriteLine($"// skipped: {relativePath} not found (set DOSSIER_DATA to the shared data folder); the benchmark measures nothing");
            else
                foreach (var line in File.ReadLines(path))
                {
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    using var record = JsonDocument.Parse(line);
                    if (record.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value) texts.Add(value);
                }
            var corpus = new CorpusTexts(path ?? relativePath, texts);
            Loaded[relativePath] = corpus;
            return corpus;
        }
    }

    private static string? Resolve(string relativePath)
    {
        var fromEnv = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            var candidate = System.IO.Path.Combine(fromEnv, relativePath);
            return File.Exists(candidate) ? candidate : null;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(System.IO.Path.Combine(dir.FullName, "Dossier.slnx"))) continue;
                var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "data", relativePath);
                if (File.Exists(candidate)) return System.IO.Path.GetFullPath(candidate);
                break;
            }
        }
        return null;
    }
}
