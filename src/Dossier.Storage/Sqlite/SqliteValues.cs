using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>How values are written to and read from SQLite: dates as sortable ISO 8601 UTC text, nulls as DBNull.</summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static object Date(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    public static object Or(object? value) => value ?? DBNull.Value;

    public static DateTimeOffset? ReadDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null
        : DateTimeOffset.TryParse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;

    public static string? ReadString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? ReadLong(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? ReadInt(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>A prepared command with positional parameters $p0, $p1, … reused for every row of a batch.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (int i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        return command;
    }

    public static void Bind(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
