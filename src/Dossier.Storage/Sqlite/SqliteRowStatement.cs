using System.Data.Common;
using System.Globalization;
using System.Text;
using Dossier.Storage.Relational;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// An <see cref="IRowStatement"/> run through SQLite's own API on the connection's handle: parameters bound by the
/// index SQLite gave their names when the statement was prepared, where Microsoft.Data.Sqlite looks every name up again
/// and goes through its general value conversion on each run (about 40 % of a small insert's CPU time). Values are
/// stored as Microsoft.Data.Sqlite stores them (integers as INTEGER, doubles as REAL, strings as UTF-8 TEXT of their
/// full length), errors
/// raised as the same <see cref="SqliteException"/>. The statement belongs to the writer's transaction by being on
/// its connection; it must be disposed before the connection is.
/// </summary>
internal sealed class SqliteRowStatement : IRowStatement
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    /// <summary>SQLite's index of @p0, @p1, … (a name used twice in the SQL has one index).</summary>
    private readonly int[] _indexes;
    private byte[] _utf8 = new byte[256];

    public SqliteRowStatement(DbConnection connection, string sql, int parameters)
    {
        _db = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The connection is not open.");
        int rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
        _indexes = new int[parameters];
        for (int i = 0; i < parameters; i++)
            _indexes[i] = raw.sqlite3_bind_parameter_index(_statement, "@p" + i.ToString(CultureInfo.InvariantCulture));
    }

    public void Enlist(DbTransaction transaction)
    {
    }

    public void Execute(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW) { }
            Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public object? Scalar(params ReadOnlySpan<object?> values)
    {
        Span<object?> row = [null];
        return FirstRow(row, values) ? row[0] ?? DBNull.Value : null;
    }

    public bool FirstRow(Span<object?> row, params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try
        {
            int rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_ROW)
            {
                Check(rc);
                return false;
            }
            for (int i = 0; i < row.Length; i++) row[i] = Column(i);
            // Finish the statement (an INSERT … RETURNING has made its change at the first row; this reads the rest).
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW) { }
            Check(rc);
            return true;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>A column of the current row as Microsoft.Data.Sqlite reads it (null for NULL).</summary>
    private object? Column(int i) => raw.sqlite3_column_type(_statement, i) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, i),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, i),
        raw.SQLITE_NULL => null,
        _ => raw.sqlite3_column_text(_statement, i).utf8_to_string(),
    };

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            int index = _indexes[i];
            int rc = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, index),
                string s => BindText(index, s),
                long l => raw.sqlite3_bind_int64(_statement, index, l),
                int n => raw.sqlite3_bind_int64(_statement, index, n),
                double d => raw.sqlite3_bind_double(_statement, index, d),
                var other => throw new ArgumentException($"A row statement does not bind values of type {other.GetType().Name}.", nameof(values)),
            };
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>
    /// Binds a string as UTF-8 (lone surrogates replaced, as Microsoft.Data.Sqlite does) with its length, so a NUL
    /// character does not end it, from a buffer reused row after row (SQLitePCL's string overload allocates a copy
    /// each time, and ends the text at its first NUL).
    /// </summary>
    private int BindText(int index, string text)
    {
        // An empty span may reach SQLite as a null pointer, which would bind NULL instead of ''.
        if (text.Length == 0) return raw.sqlite3_bind_text(_statement, index, "");
        int most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < most) _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, _utf8)));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}
