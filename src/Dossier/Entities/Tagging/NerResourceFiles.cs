namespace Dossier.Entities.Tagging;

/// <summary>Loads the tagger's resources from a models folder; a missing optional file gives an empty resource.</summary>
internal static class NerResourceFiles
{
    public static NerResources Load(string directory)
    {
        // The two files are independent; reading them side by side keeps the model load well under a second.
        var gazetteer = Task.Run(() => LoadGazetteer(Path.Combine(directory, EntityModelFiles.Gazetteer)));
        var clusters = LoadClusters(Path.Combine(directory, EntityModelFiles.Clusters));
        return new NerResources(gazetteer.GetAwaiter().GetResult(), clusters);
    }

    private static Gazetteer LoadGazetteer(string path)
    {
        if (!File.Exists(path)) return Gazetteer.Empty;
        using var reader = File.OpenText(path);
        return Gazetteer.Load(reader);
    }

    private static WordClusters LoadClusters(string path)
    {
        if (!File.Exists(path)) return WordClusters.Empty;
        using var reader = File.OpenText(path);
        return WordClusters.Load(reader);
    }
}
