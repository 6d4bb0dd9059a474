using System.Data.Common;
using Dossier.Diagnostics;
using Dossier.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// The embedded engine: one SQLite file in WAL mode (readers never wait for the writer), FTS5 for search.
/// This class opens the file, migrates it and hands out connections; the rest is the shared relational store.
/// </summary>
public sealed class SqliteStore : RelationalStore
{
    private readonly SqliteConnections _connections;
    private readonly SqliteConnection _keepAlive;

    private SqliteStore(SqliteConnections connections, SqliteConnection keepAlive, int schemaVersion)
        : base(new StoreInfo("sqlite", connections.Path, schemaVersion))
    {
        _connections = connections;
        _keepAlive = keepAlive;
    }

    private protected override ISqlDialect Dialect => SqliteDialect.Instance;

    private protected override DbConnection OpenConnection() => _connections.Open();

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
            Release(connection);
            throw new DossierException(SqliteErrors.Map(ex, path), ex);
        }
        catch
        {
            Release(connection);
            throw;
        }
    }

    private static void Release(SqliteConnection? connection)
    {
        if (connection is null) return;
        SqliteConnections.Release(connection);
        connection.Dispose();
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

    protected override void Dispose(bool disposing)
    {
        if (disposing) Release(_keepAlive);
        base.Dispose(disposing);
    }
}
