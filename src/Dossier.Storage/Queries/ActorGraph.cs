namespace Dossier.Storage.Queries;

/// <summary>Actors as nodes; weighted, dated edges for speaking about, relations and co-occurrence (for Gephi, NetworkX).</summary>
public sealed record ActorGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

public sealed record GraphNode(long Id, string Label, string Type, int Articles, int Quotes);

/// <summary>
/// An edge. <see cref="Kind"/> is <c>speaks_about</c> (directed, speaker → actor mentioned), <c>relation</c>
/// (directed, with <see cref="Label"/> the predicate) or <c>co_occurs</c> (undirected, same article).
/// <see cref="Weight"/> counts quotes, relation statements or shared articles; dates span the articles' publication.
/// </summary>
public sealed record GraphEdge(long Source, long Target, string Kind, string? Label, int Weight, DateTimeOffset? First, DateTimeOffset? Last)
{
    public bool Directed => Kind != GraphEdgeKinds.CoOccurs;
}

public static class GraphEdgeKinds
{
    public const string SpeaksAbout = "speaks_about";
    public const string Relation = "relation";
    public const string CoOccurs = "co_occurs";
}

/// <summary>How much of the store goes into the graph.</summary>
public sealed record GraphOptions
{
    /// <summary>Actors in fewer articles are left out (keeps the graph readable and the export fast).</summary>
    public int MinArticles { get; init; } = 2;
    /// <summary>Co-occurrence edges shared by fewer articles are left out.</summary>
    public int MinCoOccurrence { get; init; } = 2;
    public bool IncludeCoOccurrence { get; init; } = true;
}
