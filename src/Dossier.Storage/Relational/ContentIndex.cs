using System.Data.Common;
using Dossier.Diagnostics;

namespace Dossier.Storage.Relational;

/// <summary>An indexed lookup of content hashes on its own connection (it never waits for the writer).</summary>
internal sealed class ContentIndex : IContentIndex
{
    private readonly DbConnection _connection;
    private readonly DbCommand _lookup;
    private readonly ISqlDialect _dialect;
    private readonly string _location;

    public ContentIndex(DbConnection connection, ISqlDialect dialect, string location)
    {
        _connection = connection;
        _dialect = dialect;
        _location = location;
        _lookup = SqlValues.Prepare(connection, "SELECT 1 FROM articles WHERE content_hash = @p0", 1);
    }

    public bool Contains(string contentHash)
    {
        try
        {
            _lookup.Parameters[0].Value = contentHash;
            return _lookup.ExecuteScalar() is not null;
        }
        catch (DbException ex)
        {
            throw new DossierException(_dialect.Map(ex, _location), ex);
        }
    }

    public void Dispose()
    {
        _lookup.Dispose();
        _connection.Dispose();
    }
}
