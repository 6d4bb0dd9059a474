using System.Data.Common;

namespace Dossier.Storage.Relational;

/// <summary>
/// Full-text rows a writer adds itself (SQLite's FTS5 tables; PostgreSQL's search columns are generated and need
/// none): collected while a batch is written and added by <see cref="Flush"/> at its end, after every other
/// statement of the transaction (see the SQLite migration 0006 for why the end).
/// </summary>
internal interface ITextIndexWriter : IDisposable
{
    void AddArticle(long id, string? title, string text);
    void AddQuote(long id, string content);
    void AddActor(long id, string normalisedName);

    /// <summary>Adds the collected rows inside <paramref name="transaction"/> and forgets them.</summary>
    void Flush(DbTransaction transaction);

    /// <summary>Forgets the collected rows (their transaction was rolled back).</summary>
    void Discard();
}
