using System.Data.Common;
using Dossier.Storage.Relational;

namespace Dossier.Storage.Sqlite;

/// <summary>The FTS5 rows of articles, quotes and actors (external-content tables: only the terms are stored).</summary>
internal sealed class SqliteTextIndexWriter(DbConnection connection) : ITextIndexWriter
{
    private readonly SqliteRowStatement _article = new(connection, "INSERT INTO articles_fts (rowid, title, text) VALUES (@p0, @p1, @p2)", 3);
    private readonly SqliteRowStatement _quote = new(connection, "INSERT INTO quotes_fts (rowid, content) VALUES (@p0, @p1)", 2);
    private readonly SqliteRowStatement _actor = new(connection, "INSERT INTO actors_fts (rowid, norm_name) VALUES (@p0, @p1)", 2);
    private readonly List<(long Id, string? Title, string Text)> _articles = [];
    private readonly List<(long Id, string Content)> _quotes = [];
    private readonly List<(long Id, string Name)> _actors = [];

    public void AddArticle(long id, string? title, string text) => _articles.Add((id, title, text));
    public void AddQuote(long id, string content) => _quotes.Add((id, content));
    public void AddActor(long id, string normalisedName) => _actors.Add((id, normalisedName));

    public void Flush(DbTransaction transaction)
    {
        // The statements run on the connection, so inside its transaction.
        foreach (var (id, title, text) in _articles) _article.Execute(id, title, text);
        foreach (var (id, content) in _quotes) _quote.Execute(id, content);
        foreach (var (id, name) in _actors) _actor.Execute(id, name);
        Discard();
    }

    public void Discard()
    {
        _articles.Clear();
        _quotes.Clear();
        _actors.Clear();
    }

    public void Dispose()
    {
        _article.Dispose();
        _quote.Dispose();
        _actor.Dispose();
    }
}
