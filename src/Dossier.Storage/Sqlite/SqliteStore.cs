using Dossier.Diagnostics;
using Dossier.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// The embedded engine: one SQLite file in WAL mode (readers never wait for the writer), FTS5 for search.
/// Queries live in the Sqlite*Queries classes; this class opens the file, migrates it and hands out connections.
/// </summary>
public sealed class SqliteStore : IDossierStore
{
    private readonly SqliteConnections _connections;
    private readonly SqliteConnection _keepAlive;

    private SqliteStore(SqliteConnections connections, SqliteConnection keepAlive, int schemaVersion)
    {
        _connections = connections;
        _keepAlive = keepAlive;
        Info = new StoreInfo("sqlite", connections.Path, schemaVersion);
    }

    public StoreInfo Info { get; }

    public static SqliteStore Open(string path, StoreAccess access)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new DossierException(Errors.StoreUnavailable(path, "that is a folder; name a file such as " + Path.Combine(path, DossierStores.DefaultFileName)));
        bool exists = File.Exists(full);
        if (!exists && access == StoreAccess.Existing) throw new DossierException(Errors.StoreMissing(path));
        if (!exists) CreateFolder(path, full);
        var connections = new SqliteConnections(full);
        SqliteConnection? connection = null;
        try
        {
            connection = connections.Open(create: !exists);
            // WAL is a property of the file; setting it once is enough, repeating it is a cheap no-op.
            SqliteConnections.Execute(connection, "PRAGMA journal_mode = WAL");
            int version = SqliteMigrator.Migrate(connection, path);
            return new SqliteStore(connections, connection, version);
        }
        catch (SqliteException ex)
        {
            if (connection is not null) SqliteConnections.Release(connection);
            connection?.Dispose();
            throw new DossierException(SqliteErrors.Map(ex, path), ex);
        }
        catch
        {
            if (connection is not null) SqliteConnections.Release(connection);
            connection?.Dispose();
            throw;
        }
    }

    private static void CreateFolder(string path, string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        // Walk up to the nearest existing entry: a file there means the folder can never be created.
        for (var dir = folder; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir)) break;
            if (File.Exists(dir)) throw new DossierException(Errors.StoreUnavailable(path, $"'{dir}' is a file, not a folder"));
        }
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DossierException(SqliteErrors.FolderIsReadOnly(folder + "/x") || ex is UnauthorizedAccessException
                ? Errors.StoreReadOnly(path)
                : Errors.StoreUnavailable(path, ex.Message), ex);
        }
    }

    internal SqliteConnection Connect()
    {
        try
        {
            return _connections.Open();
        }
        catch (SqliteException ex)
        {
            throw new DossierException(SqliteErrors.Map(ex, Info.Location), ex);
        }
    }

    /// <summary>Runs a read, turning SQLite errors into DSR04xx errors.</summary>
    internal T Read<T>(Func<SqliteConnection, T> query)
    {
        using var connection = Connect();
        try
        {
            return query(connection);
        }
        catch (SqliteException ex)
        {
            throw new DossierException(SqliteErrors.Map(ex, Info.Location), ex);
        }
    }

    public IArticleWriter OpenWriter() => new SqliteArticleWriter(Connect(), Info.Location);

    public IContentIndex OpenContentIndex() => new SqliteContentIndex(Connect(), Info.Location);

    public IReadOnlyList<QuoteRow> FindQuotes(QuoteQuery query) => Read(c => SqliteQuoteQueries.Find(c, query));

    public IReadOnlyList<ActorSummary> FindActors(string name, int limit = 10) => Read(c => SqliteActorQueries.Find(c, name, limit));

    public ActorProfile? GetActorProfile(long actorId, int listLimit = 10) => Read(c => SqliteActorQueries.Profile(c, actorId, listLimit));

    public IReadOnlyList<SearchHit> Search(string words, int limit = 20) => Read(c => SqliteSearch.Find(c, words, limit));

    public StoreStats GetStats() => Read(c => SqliteStatistics.Collect(c, Info));

    public IEnumerable<QuoteRow> ExportQuotes() => Stream(SqliteQuoteQueries.All);

    public IEnumerable<ActorSummary> ExportActors() => Stream(SqliteActorQueries.All);

    public IEnumerable<RelationRow> ExportRelations() => Stream(SqliteExports.Relations);

    public IEnumerable<EventRow> ExportEvents() => Stream(SqliteExports.Events);

    public ActorGraph ExportGraph(GraphOptions options) => Read(c => SqliteGraph.Build(c, options));

    /// <summary>Streams rows while holding one connection for the enumeration.</summary>
    private IEnumerable<T> Stream<T>(Func<SqliteConnection, IEnumerable<T>> rows)
    {
        using var connection = Connect();
        using var enumerator = rows(connection).GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext()) yield break;
            }
            catch (SqliteException ex)
            {
                throw new DossierException(SqliteErrors.Map(ex, Info.Location), ex);
            }
            yield return enumerator.Current;
        }
    }

    public void Dispose()
    {
        SqliteConnections.Release(_keepAlive);
        _keepAlive.Dispose();
    }
}
