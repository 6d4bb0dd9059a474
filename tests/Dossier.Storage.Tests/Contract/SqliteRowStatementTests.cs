using Dossier.Storage.Relational;
using Dossier.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests.Contract;

/// <summary>The SQLite row statement stores what an ADO.NET command stores, and fails as one does.</summary>
public sealed class SqliteRowStatementTests
{
    private const string Insert = "INSERT INTO t (n, r, s, z) VALUES (@p0, @p1, @p2, @p3)";

    [Fact]
    public void A_row_statement_stores_the_same_values_and_types_as_a_command()
    {
        using var connection = OpenWithTable(unique: false);
        using (var command = new CommandRowStatement(connection, Insert, 4)) command.Execute(42L, 0.9, "Kabul ‘West’", null);
        using (var statement = new SqliteRowStatement(connection, Insert, 4)) statement.Execute(42, 0.9, "Kabul ‘West’", DBNull.Value);

        var rows = Rows(connection, "SELECT typeof(n), n, typeof(r), r, typeof(s), s, typeof(z) FROM t ORDER BY rowid");
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0], rows[1]);
        Assert.Equal(new string?[] { "integer", "42", "real", "0.9", "text", "Kabul ‘West’", "null" }, rows[1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("before\0after")]
    [InlineData("a long text with an emoji 🙂 and a lone surrogate \uD800 in it")]
    public void Unusual_texts_are_stored_as_a_command_stores_them(string text)
    {
        using var connection = OpenWithTable(unique: false);
        using (var command = new CommandRowStatement(connection, Insert, 4)) command.Execute(1L, null, text, null);
        using (var statement = new SqliteRowStatement(connection, Insert, 4)) statement.Execute(1L, null, text, null);

        var rows = Rows(connection, "SELECT typeof(s), hex(s) FROM t ORDER BY rowid");
        Assert.Equal(rows[0], rows[1]);
    }

    [Fact]
    public void A_scalar_returns_the_returned_id_or_null_when_nothing_was_inserted()
    {
        using var connection = OpenWithTable();
        using var statement = new SqliteRowStatement(connection, "INSERT INTO t (n) VALUES (@p0) ON CONFLICT (n) DO NOTHING RETURNING rowid", 1);

        Assert.Equal(1L, statement.Scalar(7L));
        Assert.Null(statement.Scalar(7L));
        Assert.Equal(2L, statement.Scalar(8L));
    }

    [Fact]
    public void A_first_row_reads_its_columns_as_a_command_does_or_says_there_is_none()
    {
        using var connection = OpenWithTable();
        using (var insert = new SqliteRowStatement(connection, Insert, 4)) insert.Execute(7L, 0.5, "Kabul", null);
        const string Select = "SELECT n, r, s, z FROM t WHERE n = @p0";
        using var statement = new SqliteRowStatement(connection, Select, 1);
        using var command = new CommandRowStatement(connection, Select, 1);
        object?[] fromStatement = new object?[4], fromCommand = new object?[4];

        Assert.True(statement.FirstRow(fromStatement, 7L));
        Assert.True(command.FirstRow(fromCommand, 7L));
        Assert.Equal(new object?[] { 7L, 0.5, "Kabul", null }, fromStatement);
        Assert.Equal(fromCommand, fromStatement);
        Assert.False(statement.FirstRow(fromStatement, 8L));
        Assert.False(command.FirstRow(fromCommand, 8L));
    }

    [Fact]
    public void A_failing_row_raises_a_sqlite_exception_and_the_statement_stays_usable()
    {
        using var connection = OpenWithTable();
        using var statement = new SqliteRowStatement(connection, "INSERT INTO t (n, s) VALUES (@p0, @p1)", 2);
        statement.Execute(1L, "first");

        var error = Assert.Throws<SqliteException>(() => statement.Execute(1L, "again"));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT: n is unique
        statement.Execute(2L, "second");
        Assert.Equal(2, Rows(connection, "SELECT n FROM t").Count);
    }

    private static SqliteConnection OpenWithTable(bool unique = true)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE t (n INTEGER {(unique ? "UNIQUE" : "")}, r REAL, s TEXT, z TEXT)";
        command.ExecuteNonQuery();
        return connection;
    }

    private static List<string?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))]);
        return rows;
    }
}
