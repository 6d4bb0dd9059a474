using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dossier.Storage.Sqlite;

/// <summary>Opens configured connections to one database file (pooled, so opening is cheap).</summary>
internal sealed class SqliteConnections(string path)
{
    // Generous: a second ingest writing to the same file waits this long for its turn before giving up.
    private const int BusyTimeoutMilliseconds = 30_000;
    // Page cache per connection (KiB, as a negative number of kibibytes for SQLite).
    private const int CacheKibibytes = 32 * 1024;
    // Reads map the file into memory up to this size: faster queries, no extra copies.
    private const long MmapBytes = 256L * 1024 * 1024;
    // Pages the write-ahead log may grow to before a commit copies it into the database file (SQLite's default is
    // 1,000, less than one ingest batch writes, so every batch's commit copied its pages, and the index pages each
    // batch touches again were copied again each time). 64 MB of 4 KB pages: a checkpoint every few batches.
    private const int AutoCheckpointPages = 16_384;

    // Lookaside memory per connection: SQLite's small allocations come from these slots instead of malloc (a lock, a
    // search). With SQLite's default (40 slots of 1,200 bytes) the writer's twenty prepared statements hold all the
    // slots, so ~3,300 allocations per ingested article went to malloc; with 1,000 slots (1.2 MB per connection)
    // all but a few thousand of a 300-article ingest's million are served here. Store CPU -6 % (docs/storage.md).
    private const int LookasideSlotBytes = 1200;
    private const int LookasideSlots = 1000;

    /// <summary>
    /// Before the process opens its first database: SQLite keeps no memory statistics (nothing here reads them, and
    /// keeping them takes a process-wide mutex around every allocation and release; SQLite's own list of recommended
    /// options turns them off). A 1,000-article ingest writes with ~8 % less CPU (docs/storage.md). Where a database
    /// was opened before (SQLite already initialised), SQLite refuses the setting and keeps its statistics.
    /// </summary>
    static SqliteConnections()
    {
        Batteries_V2.Init();
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    private readonly string _readWrite = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
        DefaultTimeout = BusyTimeoutMilliseconds / 1000,
    }.ToString();

    public string Path => path;

    /// <summary>Opens (creating the file when <paramref name="create"/>) and applies the per-connection settings.</summary>
    public SqliteConnection Open(bool create = false)
    {
        var connection = new SqliteConnection(create
            ? new SqliteConnectionStringBuilder(_readWrite) { Mode = SqliteOpenMode.ReadWriteCreate }.ToString()
            : _readWrite);
        try
        {
            connection.Open();
            // Before the connection's first statement (a pooled connection already has it, and SQLite says busy).
            raw.sqlite3_db_config(connection.Handle!, raw.SQLITE_DBCONFIG_LOOKASIDE, IntPtr.Zero, LookasideSlotBytes, LookasideSlots);
            // synchronous=NORMAL in WAL mode: a commit survives a crash of the process (kill -9); only a power
            // cut can lose the last commits, never corrupt the file.
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -{CacheKibibytes}; PRAGMA mmap_size = {MmapBytes}; PRAGMA wal_autocheckpoint = {AutoCheckpointPages};");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Releases pooled connections so the file can be moved, deleted or its disk unmounted.</summary>
    public static void Release(SqliteConnection connection) => SqliteConnection.ClearPool(connection);

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
