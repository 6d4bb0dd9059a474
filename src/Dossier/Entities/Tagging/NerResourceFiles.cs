namespace Dossier.Entities.Tagging;

/// <summary>Loads the tagger's resources from a models folder; a missing optional file gives an empty resource.</summary>
internal static class NerResourceFiles
{
    public static NerResources Load(string directory)
    {
        var gazetteer = Gazetteer.Empty;
        var clusters = WordClusters.Empty;
        var gazetteerPath = Path.Combine(directory, EntityModelFiles.Gazetteer);
        if (File.Exists(gazetteerPath))
        {
            using var reader = File.OpenText(gazetteerPath);
            gazetteer = Gazetteer.Load(reader);
        }
        var clustersPath = Path.Combine(directory, EntityModelFiles.Clusters);
        if (File.Exists(clustersPath))
        {
            using var reader = File.OpenText(clustersPath);
            clusters = WordClusters.Load(reader);
        }
        return new NerResources(gazetteer, clusters);
    }
}
