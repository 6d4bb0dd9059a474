using Dossier.Storage.Records;

namespace Dossier.Storage;

/// <summary>
/// Writes analysed articles. Each <see cref="Write"/> call is one transaction: when it returns, every article
/// reported <see cref="WriteOutcome.Stored"/> is durable and survives a crash of the process. Articles whose
/// content hash is already stored are reported as duplicates and add nothing. Not thread-safe: one writer per thread.
/// </summary>
public interface IArticleWriter : IDisposable
{
    IReadOnlyList<ArticleWrite> Write(IReadOnlyList<ArticleFacts> batch);

    /// <summary>Times each part of the following writes into <paramref name="timings"/> (engines that can; the others ignore it).</summary>
    void Profile(Ingest.StageTimings timings)
    {
    }
}
