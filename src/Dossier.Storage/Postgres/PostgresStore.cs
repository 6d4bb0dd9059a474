using System.Data.Common;
using Dossier.Diagnostics;
using Dossier.Storage.Queue;
using Dossier.Storage.Relational;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// The shared server engine: a PostgreSQL database named by a URL (postgres://user:password@host:port/database) or
/// an Npgsql connection string. Any number of processes may ingest into it at once (or run `dossier worker`).
/// </summary>
public sealed class PostgresStore : RelationalStore, IWorkQueueStore
{
    private readonly NpgsqlDataSource _source;
    private readonly PostgresWorkQueue _queue;

    private PostgresStore(NpgsqlDataSource source, string location, int schemaVersion)
        : base(new StoreInfo("postgres", location, schemaVersion))
    {
        _source = source;
        _queue = new PostgresWorkQueue(this);
    }

    public QueueCounts Enqueue(IReadOnlyList<QueuedArticle> articles) => _queue.Enqueue(articles);

    public IClaimedWork? Claim(int max) => _queue.Claim(max);

    public QueueCounts Status() => _queue.Status();

    private protected override ISqlDialect Dialect => PostgresDialect.Instance;

    private protected override DbConnection OpenConnection() => _source.OpenConnection();

    internal NpgsqlConnection OpenNpgsql() => _source.OpenConnection();

    /// <summary>Whether a location names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsLocation(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static PostgresStore Open(string location, StoreAccess access)
    {
        string shown = PostgresLocation.Redacted(location);
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(PostgresLocation.ConnectionString(location));
        }
        catch (ArgumentException ex)
        {
            throw new DossierException(Errors.StoreUnavailable(shown, "not a valid PostgreSQL URL or connection string: " + ex.Message), ex);
        }
        try
        {
            using var connection = source.OpenConnection();
            if (access == StoreAccess.Existing && PostgresMigrator.CurrentVersion(connection) == 0)
                throw new DossierException(Errors.StoreMissing(shown));
            int version = PostgresMigrator.Migrate(connection, shown);
            return new PostgresStore(source, shown, version);
        }
        catch (DbException ex)
        {
            source.Dispose();
            throw new DossierException(PostgresErrors.Map(ex, shown), ex);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _source.Dispose();
        base.Dispose(disposing);
    }
}
