namespace Dossier.Entities;

/// <summary>
/// Where the entity models live: models/ next to the program (the build copies them there), else models/ of the
/// repository the current directory is in (development runs, and `dossier train` writing new models).
/// </summary>
public static class EntityModelFiles
{
    public const string Tagger = "ner.model";
    public const string Gazetteer = "ner-gazetteer.tsv";
    public const string Clusters = "word-clusters.tsv";
    public const string Aliases = "actor-aliases.tsv";

    /// <summary>The models folder: the one holding the tagger next to the program, else the repository's.</summary>
    public static string Directory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "models");
        if (File.Exists(Path.Combine(beside, Tagger))) return beside;
        return RepositoryModels() ?? beside;
    }

    /// <summary>models/ in the repository holding the current directory, or null outside one.</summary>
    public static string? RepositoryModels()
    {
        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx"))) return Path.Combine(dir.FullName, "models");
        }
        return null;
    }
}
