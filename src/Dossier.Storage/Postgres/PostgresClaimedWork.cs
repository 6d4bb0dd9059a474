using Dossier.Diagnostics;
using Dossier.Storage.Queue;
using Dossier.Storage.Records;
using Dossier.Storage.Relational;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// A claimed batch: an open transaction holding the rows (other workers skip them). Completing writes the results,
/// deletes the finished items and sets failed ones aside, then commits; anything else rolls back and frees them.
/// </summary>
internal sealed class PostgresClaimedWork(PostgresStore store, NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<QueuedArticle> items)
    : IClaimedWork
{
    private bool _done;

    public IReadOnlyList<QueuedArticle> Items => items;

    public IReadOnlyList<ArticleWrite> Complete(IReadOnlyList<(QueuedArticle Item, ArticleFacts Facts)> analysed, IReadOnlyList<(QueuedArticle Item, DossierError Error)> failed)
    {
        if (_done) throw new InvalidOperationException("this batch is already completed");
        try
        {
            using var writer = new RelationalArticleWriter(connection, PostgresDialect.Instance, store.Info.Location, ownsConnection: false);
            var results = writer.WriteWithin(transaction, [.. analysed.Select(a => a.Facts)]);
            var finished = new List<long>();
            var setAside = failed.Select(f => (f.Item.Id, f.Error.ToString())).ToList();
            for (int i = 0; i < results.Count; i++)
            {
                if (results[i].Outcome == WriteOutcome.Failed) setAside.Add((analysed[i].Item.Id, results[i].Error?.ToString() ?? "write failed"));
                else finished.Add(analysed[i].Item.Id);
            }
            using (var delete = new NpgsqlCommand("DELETE FROM work_items WHERE id = ANY(@ids)", connection, transaction))
            {
                delete.Parameters.AddWithValue("ids", finished.ToArray());
                delete.ExecuteNonQuery();
            }
            using (var aside = new NpgsqlCommand("UPDATE work_items SET state = 'failed', attempts = attempts + 1, error = @error WHERE id = @id", connection, transaction))
            {
                var id = aside.Parameters.Add("id", NpgsqlTypes.NpgsqlDbType.Bigint);
                var error = aside.Parameters.Add("error", NpgsqlTypes.NpgsqlDbType.Text);
                foreach (var (itemId, why) in setAside)
                {
                    (id.Value, error.Value) = (itemId, why);
                    aside.ExecuteNonQuery();
                }
            }
            transaction.Commit();
            _done = true;
            return results;
        }
        catch (NpgsqlException ex)
        {
            throw new DossierException(PostgresErrors.Map(ex, store.Info.Location), ex);
        }
    }

    public void Dispose()
    {
        transaction.Dispose(); // rolls back when not committed: the items are free for another worker
        connection.Dispose();
    }
}
