using System.Data.Common;
using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Storage.Queries;
using Dossier.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>SQLite's side of the schema: dates as sortable ISO 8601 text, FTS5 tables, json_group_array, SQLite's result codes.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    // Rows ANALYZE samples per index: enough for the planner's choices, bounded so it stays fast on big stores.
    private const int AnalysisRowLimit = 1000;
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static SqliteDialect Instance { get; } = new();

    public string Engine => "sqlite";

    public object Date(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    public DateTimeOffset? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null
        : DateTimeOffset.TryParse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;

    public string OrderedJoin => "CROSS JOIN";

    public string JsonArrayOf(string expression) => $"json_group_array({expression})";

    // min()/max() of SQLite return NULL when either side is NULL; a missing date must not erase a known one.
    public string EarlierOf(string column, string parameter) =>
        $"CASE WHEN {parameter} IS NULL THEN {column} WHEN {column} IS NULL OR {parameter} < {column} THEN {parameter} ELSE {column} END";

    public string LaterOf(string column, string parameter) =>
        $"CASE WHEN {parameter} IS NULL THEN {column} WHEN {column} IS NULL OR {parameter} > {column} THEN {parameter} ELSE {column} END";

    public string QuoteTextCondition(string parameter) => $"q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH {parameter})";

    public object QuoteTextValue(string words) => FtsQuery.From(words);

    public string ActorWordsQuery(string parameter) =>
        $"SELECT a.id FROM actors_fts f JOIN actors a ON a.id = f.rowid WHERE actors_fts MATCH {parameter} ORDER BY a.partial, a.article_count DESC, a.id LIMIT @limit";

    public object ActorWordsValue(string normalisedName) => FtsQuery.From(normalisedName);

    public long SizeBytes(DbConnection connection, string location)
    {
        long size = 0;
        foreach (var file in new[] { location, location + "-wal" })
            if (File.Exists(file)) size += new FileInfo(file).Length;
        return size;
    }

    public IReadOnlyList<SearchHit> Search(DbConnection connection, string words, int limit) => SqliteSearch.Find(connection, words, limit);

    public bool IsSearchSyntaxError(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 1 } && exception.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase);

    public bool IsEnvironmental(DbException exception) => exception is SqliteException s && SqliteErrors.IsEnvironmental(s);

    public DossierError Map(DbException exception, string location, long stored = 0) =>
        exception is SqliteException s ? SqliteErrors.Map(s, location, stored) : Errors.StoreWriteFailed(location, exception.Message);

    public void BeginWriteBatch(DbConnection connection, DbTransaction transaction)
    {
        // BEGIN IMMEDIATE already holds the one write lock SQLite has.
    }

    public IRowStatement PrepareRow(DbConnection connection, string sql, int parameters) => new SqliteRowStatement(connection, sql, parameters);

    public ITextIndexWriter CreateTextIndexWriter(DbConnection connection) => new SqliteTextIndexWriter(connection);

    public void AfterWrites(DbConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA analysis_limit = {AnalysisRowLimit}; ANALYZE;";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Statistics are an optimisation; the articles are stored.
        }
    }
}
