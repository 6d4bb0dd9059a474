using System.Data.Common;
using Dossier.Diagnostics;
using Dossier.Storage.Queries;

namespace Dossier.Storage.Relational;

/// <summary>
/// The store contract over any SQL engine: the engine subclass opens connections and migrates; the writer, the
/// actor registry and the queries are shared, with the differences in its <see cref="ISqlDialect"/>.
/// Each call opens its own (pooled) connection, so the store is safe to use from several threads.
/// </summary>
public abstract class RelationalStore : IDossierStore
{
    private protected RelationalStore(StoreInfo info) => Info = info;

    public StoreInfo Info { get; }

    private protected abstract ISqlDialect Dialect { get; }

    /// <summary>Opens a configured connection (engine errors are mapped by the caller).</summary>
    private protected abstract DbConnection OpenConnection();

    private DbConnection Connect()
    {
        try
        {
            return OpenConnection();
        }
        catch (DbException ex)
        {
            throw new DossierException(Dialect.Map(ex, Info.Location), ex);
        }
    }

    /// <summary>Runs a read, turning engine errors into DSR04xx errors.</summary>
    private T Read<T>(Func<DbConnection, T> query)
    {
        using var connection = Connect();
        try
        {
            return query(connection);
        }
        catch (DbException ex)
        {
            throw new DossierException(Dialect.Map(ex, Info.Location), ex);
        }
    }

    /// <summary>Streams rows while holding one connection for the enumeration.</summary>
    private IEnumerable<T> Stream<T>(Func<DbConnection, IEnumerable<T>> rows)
    {
        using var connection = Connect();
        using var enumerator = rows(connection).GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext()) yield break;
            }
            catch (DbException ex)
            {
                throw new DossierException(Dialect.Map(ex, Info.Location), ex);
            }
            yield return enumerator.Current;
        }
    }

    public IArticleWriter OpenWriter() => new RelationalArticleWriter(Connect(), Dialect, Info.Location);

    public IContentIndex OpenContentIndex() => new ContentIndex(Connect(), Dialect, Info.Location);

    public IReadOnlyList<QuoteRow> FindQuotes(QuoteQuery query) => Read(c => QuoteQueries.Find(c, Dialect, query));

    public IReadOnlyList<ActorSummary> FindActors(string name, int limit = 10) => Read(c => ActorQueries.Find(c, Dialect, name, limit));

    public ActorProfile? GetActorProfile(long actorId, int listLimit = 10) => Read(c => ActorQueries.Profile(c, Dialect, actorId, listLimit));

    public IReadOnlyList<SearchHit> Search(string words, int limit = 20) => Read(c =>
    {
        try
        {
            return Dialect.Search(c, words, limit);
        }
        catch (DbException ex) when (Dialect.IsSearchSyntaxError(ex))
        {
            throw new DossierException(Errors.BadSearch(words, ex.Message), ex);
        }
    });

    public StoreStats GetStats() => Read(c => Statistics.Collect(c, Dialect, Info));

    public IEnumerable<QuoteRow> ExportQuotes() => Stream(c => QuoteQueries.All(c, Dialect));

    public IEnumerable<ActorSummary> ExportActors() => Stream(c => ActorQueries.All(c, Dialect));

    public IEnumerable<RelationRow> ExportRelations() => Stream(c => Exports.Relations(c, Dialect));

    public IEnumerable<EventRow> ExportEvents() => Stream(c => Exports.Events(c, Dialect));

    public ActorGraph ExportGraph(GraphOptions options) => Read(c => Graph.Build(c, Dialect, options));

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
