namespace Dossier.Storage;

/// <summary>How a command needs the store.</summary>
public enum StoreAccess
{
    /// <summary>Write to it, creating the database (and its folder) on first use: <c>dossier ingest</c>.</summary>
    CreateOrWrite,
    /// <summary>Read an existing database; a missing one is an error (DSR0406), not a new empty file: the queries.</summary>
    Existing,
}
