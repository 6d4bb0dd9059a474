using System.Data.Common;
using Dossier.Diagnostics;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>Turns PostgreSQL's SQLSTATE codes (and connection failures) into the user-facing DSR04xx errors.</summary>
internal static class PostgresErrors
{
    /// <summary>The server, its disk or the connection failed (not one article): a run cannot go on.</summary>
    public static bool IsEnvironmental(DbException exception) => exception switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal)    // connection
                               || p.SqlState.StartsWith("53", StringComparison.Ordinal) // insufficient resources (disk full)
                               || p.SqlState.StartsWith("57", StringComparison.Ordinal) // shut down, cancelled
                               || p.SqlState.StartsWith("28", StringComparison.Ordinal) // authorisation
                               || p.SqlState is "25006" or "42501" or "3D000",          // read-only, no privilege, no such database
        NpgsqlException => true,                                                       // the network or the server went away
        _ => false,
    };

    public static DossierError Map(DbException exception, string location, long stored = 0) => exception switch
    {
        PostgresException { SqlState: "53100" } => Errors.StoreFull(location, stored),
        PostgresException { SqlState: "25006" or "42501" } => Errors.StoreReadOnly(location),
        PostgresException { SqlState: "57014" } => Errors.StoreBusy(location),
        PostgresException p when IsEnvironmental(p) => Errors.StoreUnavailable(location, p.MessageText),
        PostgresException p => Errors.StoreWriteFailed(location, $"{p.SqlState}: {p.MessageText}"),
        _ => Errors.StoreUnavailable(location, exception.Message),
    };
}
