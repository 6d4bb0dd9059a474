using System.Data.Common;

namespace Dossier.Storage.Relational;

/// <summary>
/// A write statement prepared once per writer and run for every row of a batch, with positional parameters @p0, @p1,
/// … bound in order. Values are null, strings, integers (int, long) or doubles. The engine decides how it is run:
/// a plain <see cref="DbCommand"/> (<see cref="CommandRowStatement"/>), or SQLite's own statement API, which skips the
/// ADO.NET layer's per-row cost (a writer runs some 300 statements per article).
/// </summary>
internal interface IRowStatement : IDisposable
{
    /// <summary>Runs the statement inside <paramref name="transaction"/> from now on (ADO.NET commands must be told).</summary>
    void Enlist(DbTransaction transaction);

    /// <summary>Runs the statement once with these values.</summary>
    void Execute(params ReadOnlySpan<object?> values);

    /// <summary>Runs the statement once and returns the first column of its first row (null when no row).</summary>
    object? Scalar(params ReadOnlySpan<object?> values);

    /// <summary>Runs the statement once and fills <paramref name="row"/> with its first row's first columns; false when no row.</summary>
    bool FirstRow(Span<object?> row, params ReadOnlySpan<object?> values);
}

/// <summary>An <see cref="IRowStatement"/> as an ADO.NET command, for any engine.</summary>
internal sealed class CommandRowStatement(DbConnection connection, string sql, int parameters) : IRowStatement
{
    private readonly DbCommand _command = SqlValues.Prepare(connection, sql, parameters);

    public void Enlist(DbTransaction transaction) => _command.Transaction = transaction;

    public void Execute(params ReadOnlySpan<object?> values)
    {
        SqlValues.Bind(_command, values);
        _command.ExecuteNonQuery();
    }

    public object? Scalar(params ReadOnlySpan<object?> values)
    {
        SqlValues.Bind(_command, values);
        return _command.ExecuteScalar();
    }

    public bool FirstRow(Span<object?> row, params ReadOnlySpan<object?> values)
    {
        SqlValues.Bind(_command, values);
        using var reader = _command.ExecuteReader();
        if (!reader.Read()) return false;
        for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        return true;
    }

    public void Dispose() => _command.Dispose();
}
