using Dossier.Storage.Postgres;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage;

/// <summary>
/// Chooses and opens the store a command works on: <c>--db PATH</c>, else the DOSSIER_DB environment variable,
/// else <c>dossier.db</c> in the current folder. The engine follows from the location: a file path is SQLite,
/// a postgres:// URL (or an Npgsql connection string) is PostgreSQL.
/// </summary>
public static class DossierStores
{
    public const string EnvironmentVariable = "DOSSIER_DB";
    public const string DefaultFileName = "dossier.db";

    /// <summary>The location a command uses when given <paramref name="option"/> (null when the option is absent).</summary>
    public static string ResolveLocation(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option)) return option;
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultFileName : fromEnvironment;
    }

    public static IDossierStore Open(string location, StoreAccess access)
    {
        return PostgresStore.IsLocation(location) ? PostgresStore.Open(location, access) : SqliteStore.Open(location, access);
    }
}
