using System.Data.Common;
using Dossier.Diagnostics;
using Dossier.Storage.Queries;

namespace Dossier.Storage.Relational;

/// <summary>
/// What differs between the SQL engines behind the one schema: how dates travel, full-text search, JSON
/// aggregation, error codes, and what to do around writes. Everything else (tables, statements, the writer, the
/// actor registry, the queries) is shared in this folder.
/// </summary>
internal interface ISqlDialect
{
    /// <summary>"sqlite", "postgres".</summary>
    string Engine { get; }

    /// <summary>A date as a parameter value (ISO 8601 text for SQLite, a UTC timestamp for PostgreSQL; DBNull for null).</summary>
    object Date(DateTimeOffset? value);

    DateTimeOffset? ReadDate(DbDataReader reader, int ordinal);

    /// <summary>
    /// The join keyword that keeps its left table the outer loop (SQLite: CROSS JOIN, which its planner never
    /// reorders; PostgreSQL: a plain JOIN, its planner costs the order well).
    /// </summary>
    string OrderedJoin { get; }

    /// <summary>An aggregate that makes a JSON array of <paramref name="expression"/> over a group.</summary>
    string JsonArrayOf(string expression);

    /// <summary>SQL for the earlier of a date column and a date parameter, either of which may be null.</summary>
    string EarlierOf(string column, string parameter);

    /// <summary>SQL for the later of a date column and a date parameter, either of which may be null.</summary>
    string LaterOf(string column, string parameter);

    /// <summary>A condition on quotes <c>q</c>: its content matches the words in <paramref name="parameter"/>.</summary>
    string QuoteTextCondition(string parameter);

    /// <summary>The value of that parameter for what the user typed.</summary>
    object QuoteTextValue(string words);

    /// <summary>
    /// A query of actor ids (ordered, best known first, at most <c>@limit</c>) whose normalised name contains all the
    /// words in <paramref name="parameter"/>.
    /// </summary>
    string ActorWordsQuery(string parameter);

    object ActorWordsValue(string normalisedName);

    /// <summary>How many bytes the store takes (the file and its journal; the server's database).</summary>
    long SizeBytes(DbConnection connection, string location);

    /// <summary>Ranked full-text search over articles.</summary>
    IReadOnlyList<SearchHit> Search(DbConnection connection, string words, int limit);

    /// <summary>Whether the engine refused the user's search words (never expected: words are quoted, but the engine decides).</summary>
    bool IsSearchSyntaxError(DbException exception);

    /// <summary>Errors of the disk, file or server (not of one article): a run cannot go on after them.</summary>
    bool IsEnvironmental(DbException exception);

    /// <summary>The user-facing error for a database failure; <paramref name="stored"/> is what the run had stored.</summary>
    DossierError Map(DbException exception, string location, long stored = 0);

    /// <summary>Run in each write transaction before anything is written (PostgreSQL: serialise actor linking between workers).</summary>
    void BeginWriteBatch(DbConnection connection, DbTransaction transaction);

    /// <summary>A write statement the writer runs for every row (see <see cref="IRowStatement"/>).</summary>
    IRowStatement PrepareRow(DbConnection connection, string sql, int parameters);

    /// <summary>The full-text rows a writer must add itself (null when the engine keeps its search index by itself).</summary>
    ITextIndexWriter? CreateTextIndexWriter(DbConnection connection);

    /// <summary>After a writer stored articles: refresh the planner's statistics (cheaply; failures ignored).</summary>
    void AfterWrites(DbConnection connection);
}
