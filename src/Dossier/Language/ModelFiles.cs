namespace Dossier.Language;

/// <summary>
/// Finds a shipped model file: in models/ next to the program (where the build copies them), else in models/ of
/// the repository the current directory is in (for development runs before a build has copied a new model).
/// </summary>
internal static class ModelFiles
{
    public static string Find(string fileName)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "models", fileName);
        if (File.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", fileName);
            if (File.Exists(candidate)) return candidate;
        }
        return beside;
    }
}
