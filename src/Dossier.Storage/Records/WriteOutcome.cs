using Dossier.Diagnostics;

namespace Dossier.Storage.Records;

/// <summary>What happened to one article of a written batch.</summary>
public enum WriteOutcome
{
    /// <summary>Stored (committed) as a new article.</summary>
    Stored,
    /// <summary>An article with the same content hash was already in the store; nothing was added.</summary>
    Duplicate,
    /// <summary>The article could not be stored (the batch's other articles were); <see cref="ArticleWrite.Error"/> says why.</summary>
    Failed,
}

/// <summary>The outcome for one article of a batch, with its id in the store when it is there.</summary>
public readonly record struct ArticleWrite(WriteOutcome Outcome, long ArticleId, DossierError? Error = null);
