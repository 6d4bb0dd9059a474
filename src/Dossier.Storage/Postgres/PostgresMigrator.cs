using System.Globalization;
using System.Reflection;
using Dossier.Diagnostics;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// Applies the numbered PostgreSQL migrations embedded in the assembly (same version numbers as SQLite's: a
/// schema version means the same tables on both engines), each in a transaction holding an advisory lock, so that
/// workers starting at once migrate exactly once.
/// </summary>
internal static class PostgresMigrator
{
    private const string ResourcePrefix = "Dossier.Storage.Postgres.Migrations.";
    private const long MigrationLockKey = 0x446F_7373_6965_7201;

    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } = Load();

    public static int Latest => All.Count == 0 ? 0 : All[^1].Version;

    /// <summary>The schema version of the database (0 when it has no Dossier tables yet).</summary>
    public static int CurrentVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection, transaction);
        if (!(bool)command.ExecuteScalar()!) return 0;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static int Migrate(NpgsqlConnection connection, string location)
    {
        int current = CurrentVersion(connection);
        if (current > Latest) throw new DossierException(Errors.StoreTooNew(location, current, Latest));
        foreach (var (version, name, sql) in All)
        {
            if (version <= current) continue;
            using var transaction = connection.BeginTransaction();
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({MigrationLockKey}); CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)", connection, transaction))
                command.ExecuteNonQuery();
            if (CurrentVersion(connection, transaction) >= version) continue;
            using (var command = new NpgsqlCommand(sql, connection, transaction)) command.ExecuteNonQuery();
            using (var command = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, now())", connection, transaction))
            {
                command.Parameters.AddWithValue("v", version);
                command.Parameters.AddWithValue("n", name);
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            current = version;
        }
        return current;
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var migrations = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            string file = resource[ResourcePrefix.Length..^".sql".Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add((int.Parse(file[..4], CultureInfo.InvariantCulture), file[5..], reader.ReadToEnd()));
        }
        return migrations;
    }
}
