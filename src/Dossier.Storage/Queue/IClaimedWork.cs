using Dossier.Diagnostics;
using Dossier.Storage.Records;

namespace Dossier.Storage.Queue;

/// <summary>
/// A batch of queued articles held by one worker. <see cref="Complete"/> stores the results and removes the
/// articles in one transaction; disposing it without completing (or the worker dying) returns them to the queue.
/// </summary>
public interface IClaimedWork : IDisposable
{
    IReadOnlyList<QueuedArticle> Items { get; }

    /// <summary>Stores the analysed articles, removes them from the queue, sets the failed ones aside with their reason; commits.</summary>
    IReadOnlyList<ArticleWrite> Complete(IReadOnlyList<(QueuedArticle Item, ArticleFacts Facts)> analysed, IReadOnlyList<(QueuedArticle Item, DossierError Error)> failed);
}
