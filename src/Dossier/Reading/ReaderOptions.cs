namespace Dossier.Reading;

/// <summary>How inputs are read.</summary>
public sealed record ReaderOptions
{
    /// <summary>Largest single article accepted. A 50 MB .txt is not an article; larger JSON Lines files are fine (per line).</summary>
    public const long DefaultMaxArticleBytes = 16L * 1024 * 1024;

    public static ReaderOptions Default { get; } = new();

    /// <summary>Treat the input as already-clean body text: no headline, byline or boilerplate heuristics.</summary>
    public bool Raw { get; init; }

    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;
}
