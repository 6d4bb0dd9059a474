using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>Turns a postgres:// URL into an Npgsql connection string, and shows a location without its password.</summary>
internal static class PostgresLocation
{
    public static string ConnectionString(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql")) return location;
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "dossier",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        // Query parameters are Npgsql settings (?sslmode=require&timeout=30).
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
        }
        return builder.ConnectionString;
    }

    public static string Redacted(string location)
    {
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal))
            return location.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal);
        if (!location.Contains("Password", StringComparison.OrdinalIgnoreCase)) return location;
        var builder = new NpgsqlConnectionStringBuilder(location) { Password = "***" };
        return builder.ConnectionString;
    }
}
