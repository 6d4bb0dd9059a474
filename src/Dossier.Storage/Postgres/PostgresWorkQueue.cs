using Dossier.Diagnostics;
using Dossier.Storage.Queue;
using Npgsql;
using NpgsqlTypes;

namespace Dossier.Storage.Postgres;

/// <summary>The work queue in PostgreSQL: enqueue skips what is queued or stored; a claim is a transaction holding its rows.</summary>
internal sealed class PostgresWorkQueue(PostgresStore store)
{
    public QueueCounts Enqueue(IReadOnlyList<QueuedArticle> articles)
    {
        return Run(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var insert = new NpgsqlCommand(
                """
                INSERT INTO work_items (content_hash, name, document)
                SELECT @hash, @name, @document WHERE NOT EXISTS (SELECT 1 FROM articles WHERE content_hash = @hash)
                ON CONFLICT (content_hash) DO NOTHING
                """, connection, transaction);
            var hash = insert.Parameters.Add("hash", NpgsqlDbType.Text);
            var name = insert.Parameters.Add("name", NpgsqlDbType.Text);
            var document = insert.Parameters.Add("document", NpgsqlDbType.Jsonb);
            long added = 0;
            foreach (var article in articles)
            {
                (hash.Value, name.Value, document.Value) = (article.ContentHash, article.Name, article.Document);
                added += insert.ExecuteNonQuery();
            }
            transaction.Commit();
            return new QueueCounts(added, articles.Count - added);
        });
    }

    public QueueCounts Status() => Run(connection =>
    {
        using var command = new NpgsqlCommand("SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'failed') FROM work_items", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new QueueCounts(reader.GetInt64(0), reader.GetInt64(1));
    });

    public IClaimedWork? Claim(int max)
    {
        var connection = Open();
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = connection.BeginTransaction();
            var items = new List<QueuedArticle>();
            using (var select = new NpgsqlCommand(
                "SELECT id, content_hash, name, document::text FROM work_items WHERE state = 'queued' ORDER BY id LIMIT @max FOR UPDATE SKIP LOCKED",
                connection, transaction))
            {
                select.Parameters.AddWithValue("max", max);
                using var reader = select.ExecuteReader();
                while (reader.Read()) items.Add(new QueuedArticle(reader.GetString(1), reader.GetString(2), reader.GetString(3)) { Id = reader.GetInt64(0) });
            }
            if (items.Count == 0)
            {
                transaction.Dispose();
                connection.Dispose();
                return null;
            }
            return new PostgresClaimedWork(store, connection, transaction, items);
        }
        catch (NpgsqlException ex)
        {
            transaction?.Dispose();
            connection.Dispose();
            throw new DossierException(PostgresErrors.Map(ex, store.Info.Location), ex);
        }
    }

    private NpgsqlConnection Open()
    {
        try
        {
            return store.OpenNpgsql();
        }
        catch (NpgsqlException ex)
        {
            throw new DossierException(PostgresErrors.Map(ex, store.Info.Location), ex);
        }
    }

    private T Run<T>(Func<NpgsqlConnection, T> work)
    {
        using var connection = Open();
        try
        {
            return work(connection);
        }
        catch (NpgsqlException ex)
        {
            throw new DossierException(PostgresErrors.Map(ex, store.Info.Location), ex);
        }
    }
}
