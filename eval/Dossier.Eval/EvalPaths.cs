namespace Dossier.Eval;

/// <summary>
/// Finds the repository root and the shared data folder. The data folder is <c>--data</c>, else the
/// DOSSIER_DATA environment variable, else <c>../shared/data</c> next to the repository (where CI has it).
/// </summary>
public static class EvalPaths
{
    public static string? RepositoryRoot(string? from = null)
    {
        var dir = new DirectoryInfo(from ?? Directory.GetCurrentDirectory());
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx"))) return dir.FullName;
            dir = dir.Parent;
        }
        return null;
    }

    /// <summary>The shared data folder, or null when this machine has none (a fresh clone).</summary>
    public static string? SharedData(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath)) return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        var fromEnv = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        if (!string.IsNullOrEmpty(fromEnv)) return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var root = RepositoryRoot(start);
            if (root is null) continue;
            var candidate = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The golden-article folder next to the data folder (../shared/golden), or null.</summary>
    public static string? SharedGolden(string? dataPath = null)
    {
        var data = SharedData(dataPath);
        if (data is null) return null;
        var golden = Path.GetFullPath(Path.Combine(data, "..", "golden"));
        return Directory.Exists(golden) ? golden : null;
    }
}
