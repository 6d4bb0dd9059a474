namespace Dossier.Storage;

/// <summary>Which engine holds the store, where, and at which schema version.</summary>
public sealed record StoreInfo(string Engine, string Location, int SchemaVersion);
