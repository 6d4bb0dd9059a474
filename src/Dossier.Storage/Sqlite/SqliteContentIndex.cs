using Dossier.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>An indexed lookup of content hashes on its own connection (WAL: it never waits for the writer).</summary>
internal sealed class SqliteContentIndex : IContentIndex
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _lookup;
    private readonly string _path;

    public SqliteContentIndex(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
        _lookup = connection.CreateCommand();
        _lookup.CommandText = "SELECT 1 FROM articles WHERE content_hash = $hash";
        _lookup.Parameters.Add("$hash", SqliteType.Text);
        _lookup.Prepare();
    }

    public bool Contains(string contentHash)
    {
        try
        {
            _lookup.Parameters[0].Value = contentHash;
            return _lookup.ExecuteScalar() is not null;
        }
        catch (SqliteException ex)
        {
            throw new DossierException(SqliteErrors.Map(ex, _path), ex);
        }
    }

    public void Dispose()
    {
        _lookup.Dispose();
        _connection.Dispose();
    }
}
