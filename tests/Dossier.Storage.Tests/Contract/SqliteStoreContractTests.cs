using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests.Contract;

/// <summary>The store contract against the SQLite engine, each test on a fresh database file.</summary>
public sealed class SqliteStoreContractTests : StoreContract
{
    private readonly TempFolder _folder = new();

    protected override IDossierStore CreateStore() => SqliteStore.Open(_folder.File("dossier.db"), StoreAccess.CreateOrWrite);

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}
