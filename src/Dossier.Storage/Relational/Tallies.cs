using System.Data.Common;

namespace Dossier.Storage.Relational;

/// <summary>
/// The running totals `dossier stats` reads ("articles", "quotes:direct", "site:Reuters"…): changes are collected
/// while a batch is written and added in the batch's own transaction, so they roll back with it.
/// </summary>
internal sealed class Tallies(DbConnection connection, ISqlDialect dialect) : IDisposable
{
    private readonly Dictionary<string, long> _pending = new(StringComparer.Ordinal);
    private readonly IRowStatement _add = dialect.PrepareRow(connection,
        "INSERT INTO tallies (name, value) VALUES (@p0, @p1) ON CONFLICT (name) DO UPDATE SET value = tallies.value + excluded.value", 2);

    public void Add(string name, long count = 1)
    {
        if (count != 0) _pending[name] = _pending.GetValueOrDefault(name) + count;
    }

    /// <summary>What is collected so far, to go back to when one article is rolled back to its savepoint.</summary>
    public Dictionary<string, long> Snapshot() => new(_pending, StringComparer.Ordinal);

    public void Restore(Dictionary<string, long> snapshot)
    {
        _pending.Clear();
        foreach (var (name, count) in snapshot) _pending[name] = count;
    }

    /// <summary>Forgets what a rolled-back transaction collected.</summary>
    public void Discard() => _pending.Clear();

    public void Write(DbTransaction transaction)
    {
        _add.Enlist(transaction);
        foreach (var (name, count) in _pending) _add.Execute(name, count);
        _pending.Clear();
    }

    public void Dispose() => _add.Dispose();
}
