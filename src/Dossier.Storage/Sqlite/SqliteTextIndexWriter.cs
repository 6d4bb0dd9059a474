using System.Data.Common;
using Dossier.Storage.Relational;

namespace Dossier.Storage.Sqlite;

/// <summary>The FTS5 rows of articles, quotes and actors (external-content tables: only the terms are stored).</summary>
internal sealed class SqliteTextIndexWriter(DbConnection connection) : ITextIndexWriter
{
    private readonly DbCommand _article = SqlValues.Prepare(connection, "INSERT INTO articles_fts (rowid, title, text) VALUES (@p0, @p1, @p2)", 3);
    private readonly DbCommand _quote = SqlValues.Prepare(connection, "INSERT INTO quotes_fts (rowid, content) VALUES (@p0, @p1)", 2);
    private readonly DbCommand _actor = SqlValues.Prepare(connection, "INSERT INTO actors_fts (rowid, norm_name) VALUES (@p0, @p1)", 2);
    private readonly List<(long Id, string? Title, string Text)> _articles = [];
    private readonly List<(long Id, string Content)> _quotes = [];
    private readonly List<(long Id, string Name)> _actors = [];

    public void AddArticle(long id, string? title, string text) => _articles.Add((id, title, text));
    public void AddQuote(long id, string content) => _quotes.Add((id, content));
    public void AddActor(long id, string normalisedName) => _actors.Add((id, normalisedName));

    public void Flush(DbTransaction transaction)
    {
        foreach (var command in new[] { _article, _quote, _actor }) command.Transaction = transaction;
        foreach (var (id, title, text) in _articles) Execute(_article, id, title, text);
        foreach (var (id, content) in _quotes) Execute(_quote, id, content);
        foreach (var (id, name) in _actors) Execute(_actor, id, name);
        Discard();
    }

    public void Discard()
    {
        _articles.Clear();
        _quotes.Clear();
        _actors.Clear();
    }

    private static void Execute(DbCommand command, params ReadOnlySpan<object?> values)
    {
        SqlValues.Bind(command, values);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _article.Dispose();
        _quote.Dispose();
        _actor.Dispose();
    }
}
