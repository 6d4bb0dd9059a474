using System.Data.Common;
using System.Globalization;

namespace Dossier.Storage.Relational;

/// <summary>Parameters and reads common to every engine; SQL uses named parameters (@name) that all of them accept.</summary>
internal static class SqlValues
{
    public static object Or(object? value) => value ?? DBNull.Value;

    public static string? ReadString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? ReadLong(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static int? ReadInt(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>An integer column of any width (SQLite INTEGER, PostgreSQL int, bigint, count(*)).</summary>
    public static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static double Double(DbDataReader reader, int ordinal) => Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>An id or count as the engine returned it (long, int, decimal…).</summary>
    public static long ToLong(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    public static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public static DbCommand Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>A command with positional parameters @p0, @p1, … reused for every row of a batch.</summary>
    public static DbCommand Prepare(DbConnection connection, string sql, int parameters)
    {
        var command = Command(connection, sql);
        for (int i = 0; i < parameters; i++) command.Add("@p" + i.ToString(CultureInfo.InvariantCulture), null);
        return command;
    }

    public static void Bind(DbCommand command, params ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public static long Count(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql);
        foreach (var (name, value) in parameters) command.Add(name, value);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }
}
