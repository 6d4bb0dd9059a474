using Dossier.Storage.Queries;

namespace Dossier.Storage;

/// <summary>
/// The store contract: one schema, several engines (SQLite now; PostgreSQL later) behind these members.
/// Members are safe to call from several threads; each call uses its own connection. Writing goes through
/// one <see cref="IArticleWriter"/> at a time. Errors reach the caller as <c>DossierException</c> with a DSR04xx code.
/// </summary>
public interface IDossierStore : IDisposable
{
    StoreInfo Info { get; }

    /// <summary>A writer session: batches of articles, each batch in one transaction.</summary>
    IArticleWriter OpenWriter();

    /// <summary>A cheap, reusable check whether content is already stored (one thread at a time).</summary>
    IContentIndex OpenContentIndex();

    IReadOnlyList<QuoteRow> FindQuotes(QuoteQuery query);

    /// <summary>Actors whose name or alias matches <paramref name="name"/>, best match first.</summary>
    IReadOnlyList<ActorSummary> FindActors(string name, int limit = 10);

    ActorProfile? GetActorProfile(long actorId, int listLimit = 10);

    /// <summary>Articles ranked by relevance (BM25) to <paramref name="words"/>, with a snippet around the hits.</summary>
    IReadOnlyList<SearchHit> Search(string words, int limit = 20);

    StoreStats GetStats();

    IEnumerable<QuoteRow> ExportQuotes();
    IEnumerable<ActorSummary> ExportActors();
    IEnumerable<RelationRow> ExportRelations();
    IEnumerable<EventRow> ExportEvents();
    ActorGraph ExportGraph(GraphOptions options);
}
