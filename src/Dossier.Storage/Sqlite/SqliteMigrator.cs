using System.Globalization;
using System.Reflection;
using Dossier.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// Applies the numbered migrations embedded in the assembly (Migrations/NNNN_name.sql), each in its own
/// transaction, recording them in schema_migrations (and PRAGMA user_version). A database from a newer
/// program is refused rather than damaged.
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "Dossier.Storage.Sqlite.Migrations.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } = Load();

    public static int Latest => All.Count == 0 ? 0 : All[^1].Version;

    /// <summary>Brings the database up to <see cref="Latest"/>; returns its schema version.</summary>
    public static int Migrate(SqliteConnection connection, string path)
    {
        int current = CurrentVersion(connection, path, null);
        if (current > Latest) throw new DossierException(Errors.StoreTooNew(path, current, Latest));
        foreach (var (version, name, sql) in All)
        {
            if (version <= current) continue;
            using var transaction = connection.BeginTransaction();
            // Another process may have migrated while we waited for the write lock.
            if (CurrentVersion(connection, path, transaction) >= version) continue;
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql + string.Create(CultureInfo.InvariantCulture,
                    $"\n;INSERT INTO schema_migrations (version, name, applied_at) VALUES ({version}, '{name}', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); PRAGMA user_version = {version};");
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            current = version;
        }
        return current;
    }

    private static int CurrentVersion(SqliteConnection connection, string path, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'), (SELECT count(*) FROM sqlite_master)";
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            bool ours = reader.GetInt64(0) > 0;
            if (!ours && reader.GetInt64(1) > 0) throw new DossierException(Errors.NotADatabase(path));
            if (!ours)
            {
                reader.Close();
                command.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
                command.ExecuteNonQuery();
                return 0;
            }
        }
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var migrations = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            string file = resource[ResourcePrefix.Length..^".sql".Length];
            int version = int.Parse(file[..4], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add((version, file[5..], reader.ReadToEnd()));
        }
        return migrations;
    }
}
