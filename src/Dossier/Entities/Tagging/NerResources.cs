namespace Dossier.Entities.Tagging;

/// <summary>The lexical resources the tagger's features read: gazetteers and word clusters. Immutable, shared by threads.</summary>
internal sealed class NerResources(Gazetteer gazetteer, WordClusters clusters)
{
    public Gazetteer Gazetteer { get; } = gazetteer;
    public WordClusters Clusters { get; } = clusters;

    public static NerResources Empty { get; } = new(Gazetteer.Empty, WordClusters.Empty);
}
