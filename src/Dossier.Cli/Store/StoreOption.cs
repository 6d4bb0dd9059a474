using System.CommandLine;
using Dossier.Storage;

namespace Dossier.Cli.Store;

/// <summary>The <c>--db PATH</c> option every store command takes (default: DOSSIER_DB, else ./dossier.db).</summary>
internal static class StoreOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"The database file (default: the {DossierStores.EnvironmentVariable} environment variable, else {DossierStores.DefaultFileName} in the current folder).",
    };

    public static IDossierStore Open(ParseResult parse, Option<string?> option, StoreAccess access) =>
        DossierStores.Open(DossierStores.ResolveLocation(parse.GetValue(option)), access);
}
