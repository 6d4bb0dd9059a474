using Dossier.Diagnostics;
using Dossier.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests.Contract;

/// <summary>What is particular to the SQLite engine: the file, its migrations, and files it must refuse.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public void A_new_database_is_created_in_wal_mode_with_every_migration_recorded()
    {
        string path = _folder.File(Path.Combine("new", "folder", "dossier.db"));
        using (var store = SqliteStore.Open(path, StoreAccess.CreateOrWrite))
            Assert.Equal(SqliteMigrator.Latest, store.Info.SchemaVersion);
        Assert.Equal("wal", Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(SqliteMigrator.Latest.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(path, "SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version DESC LIMIT 1)"));
        Assert.Equal(Scalar(path, "SELECT count(*) FROM schema_migrations"), Scalar(path, "PRAGMA user_version"));
    }

    [Fact]
    public void A_database_from_a_newer_program_is_refused_and_left_alone()
    {
        string path = _folder.File("dossier.db");
        SqliteStore.Open(path, StoreAccess.CreateOrWrite).Dispose();
        Execute(path, "INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
        var error = Assert.Throws<DossierException>(() => SqliteStore.Open(path, StoreAccess.Existing)).Error;
        Assert.Equal("DSR0404", error.Code);
        Assert.Equal("99", Scalar(path, "SELECT max(version) FROM schema_migrations"));
    }

    [Fact]
    public void Another_programs_sqlite_file_is_refused()
    {
        string path = _folder.File("other.db");
        Execute(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        Assert.Equal("DSR0405", Assert.Throws<DossierException>(() => SqliteStore.Open(path, StoreAccess.Existing)).Error.Code);
    }

    [Fact]
    public void A_text_file_in_place_of_the_database_is_refused()
    {
        string path = _folder.File("dossier.db");
        File.WriteAllText(path, "these are my notes, not a database\n");
        Assert.Equal("DSR0405", Assert.Throws<DossierException>(() => SqliteStore.Open(path, StoreAccess.CreateOrWrite)).Error.Code);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_folder_given_as_the_database_is_refused_with_a_hint()
    {
        var error = Assert.Throws<DossierException>(() => SqliteStore.Open(_folder.Path, StoreAccess.CreateOrWrite)).Error;
        Assert.Equal("DSR0401", error.Code);
        Assert.Contains("dossier.db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queries_never_create_a_database()
    {
        string path = _folder.File("missing.db");
        Assert.Equal("DSR0406", Assert.Throws<DossierException>(() => SqliteStore.Open(path, StoreAccess.Existing)).Error.Code);
        Assert.False(File.Exists(path));
    }
}
