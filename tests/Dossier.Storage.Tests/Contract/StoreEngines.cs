using Dossier.Storage.Postgres;
using Dossier.Storage.Sqlite;
using Npgsql;

namespace Dossier.Storage.Tests.Contract;

/// <summary>
/// The engines the contract suite runs against: SQLite always; PostgreSQL when DOSSIER_TEST_POSTGRES names a server
/// (a postgres:// URL; CI starts one). Each store is fresh: a new file, or a new schema dropped afterwards.
/// </summary>
public static class StoreEngines
{
    public const string Variable = "DOSSIER_TEST_POSTGRES";

    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    public static TheoryData<string> All()
    {
        var engines = new TheoryData<string> { "sqlite" };
        if (PostgresServer is not null) engines.Add("postgres");
        return engines;
    }

    /// <summary>A fresh, empty store of the engine; disposing it also removes it.</summary>
    internal static FreshStore Create(string engine) => engine switch
    {
        "sqlite" => FreshStore.Sqlite(),
        "postgres" => FreshStore.Postgres(PostgresServer ?? throw new InvalidOperationException($"{Variable} is not set")),
        _ => throw new ArgumentException(engine),
    };
}

/// <summary>A store made for one test, removed when the test ends.</summary>
internal sealed class FreshStore : IDisposable
{
    private readonly Action _remove;

    private FreshStore(IDossierStore store, string location, Action remove)
    {
        Store = store;
        Location = location;
        _remove = remove;
    }

    public IDossierStore Store { get; }

    /// <summary>What --db would name (a file path, or a connection string with the test's schema).</summary>
    public string Location { get; }

    public static FreshStore Sqlite()
    {
        var folder = new TempFolder();
        return new FreshStore(SqliteStore.Open(folder.File("dossier.db"), StoreAccess.CreateOrWrite), folder.File("dossier.db"), folder.Dispose);
    }

    public static FreshStore Postgres(string server)
    {
        string schema = "dossier_test_" + Guid.NewGuid().ToString("N")[..12];
        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString(server));
        Execute(builder.ConnectionString, $"CREATE SCHEMA {schema}");
        builder.SearchPath = schema;
        return new FreshStore(PostgresStore.Open(builder.ConnectionString, StoreAccess.CreateOrWrite), builder.ConnectionString,
            () => Execute(PostgresLocation.ConnectionString(server), $"DROP SCHEMA {schema} CASCADE"));
    }

    internal static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Store.Dispose();
        _remove();
    }
}

/// <summary>Skipped, with the reason, when no PostgreSQL server is configured: the contract then ran on SQLite only.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (StoreEngines.PostgresServer is null)
            Skip = $"no PostgreSQL server: set {StoreEngines.Variable}=postgres://user@host:port/database to run the store contract on PostgreSQL too";
    }
}
