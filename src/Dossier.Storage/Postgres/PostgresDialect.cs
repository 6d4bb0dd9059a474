using System.Data.Common;
using Dossier.Diagnostics;
using Dossier.Storage.Queries;
using Dossier.Storage.Relational;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// PostgreSQL's side of the schema: timestamptz dates, tsvector columns with GIN indexes and websearch queries
/// (which never fail on what a user types), json_agg, SQLSTATE codes, and an advisory lock that lets any number of
/// workers write at once while actors are linked one batch at a time.
/// </summary>
internal sealed class PostgresDialect : ISqlDialect
{
    // Taken by every write transaction (pg_advisory_xact_lock): linking actors must see the previous batch's keys.
    private const long WriteLockKey = 0x446F_7373_6965_72; // "Dossier"

    public static PostgresDialect Instance { get; } = new();

    public string Engine => "postgres";

    public object Date(DateTimeOffset? value) => value is { } v ? v.UtcDateTime : DBNull.Value;

    public DateTimeOffset? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    public string OrderedJoin => "JOIN";

    public string JsonArrayOf(string expression) => $"json_agg({expression})";

    // LEAST and GREATEST skip NULLs; the cast types a NULL parameter.
    public string EarlierOf(string column, string parameter) => $"LEAST({column}, CAST({parameter} AS timestamptz))";

    public string LaterOf(string column, string parameter) => $"GREATEST({column}, CAST({parameter} AS timestamptz))";

    public string QuoteTextCondition(string parameter) => $"q.search @@ websearch_to_tsquery('english', {parameter})";

    public object QuoteTextValue(string words) => words;

    public string ActorWordsQuery(string parameter) =>
        $"SELECT a.id FROM actors a WHERE to_tsvector('simple', a.norm_name) @@ plainto_tsquery('simple', {parameter}) ORDER BY a.partial, a.article_count DESC, a.id LIMIT @limit";

    public object ActorWordsValue(string normalisedName) => normalisedName;

    public long SizeBytes(DbConnection connection, string location) =>
        SqlValues.Count(connection, "SELECT pg_database_size(current_database())");

    public IReadOnlyList<SearchHit> Search(DbConnection connection, string words, int limit) => PostgresSearch.Find(connection, words, limit);

    public bool IsSearchSyntaxError(DbException exception) => false;

    public bool IsEnvironmental(DbException exception) => PostgresErrors.IsEnvironmental(exception);

    public DossierError Map(DbException exception, string location, long stored = 0) => PostgresErrors.Map(exception, location, stored);

    public void BeginWriteBatch(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({WriteLockKey})";
        command.ExecuteNonQuery();
    }

    public IRowStatement PrepareRow(DbConnection connection, string sql, int parameters) => new CommandRowStatement(connection, sql, parameters);

    public ITextIndexWriter? CreateTextIndexWriter(DbConnection connection) => null;

    public void AfterWrites(DbConnection connection)
    {
        // Autovacuum keeps PostgreSQL's statistics.
    }
}
