using Dossier.Storage.Tests.Ingest;

namespace Dossier.Storage.Tests.Cli;

/// <summary>Which database a store command uses: --db, else DOSSIER_DB, else dossier.db in the current folder.</summary>
public sealed class StoreLocationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_db_or_environment_the_store_is_dossier_db_in_the_current_folder()
    {
        var here = new CliSetting(WorkingDirectory: _folder.Path);
        var (exit, _, stderr) = CliProcess.Run(here, "ingest", Input(), "--no-progress");
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(_folder.File(DossierStores.DefaultFileName)), "no dossier.db in the current folder");

        var (statsExit, stats, statsErr) = CliProcess.Run(here, "stats", "--format", "json");
        Assert.True(statsExit == 0, statsErr);
        Assert.Contains("\"articles\": 3", stats, StringComparison.Ordinal);
    }

    [Fact]
    public void DOSSIER_DB_chooses_the_store_and_db_overrides_it()
    {
        string fromEnvironment = _folder.File("env.db"), fromOption = _folder.File("option.db");
        var withEnvironment = new CliSetting(WorkingDirectory: _folder.Path, DossierDb: fromEnvironment);
        var (exit, stdout, stderr) = CliProcess.Run(withEnvironment, "ingest", Input(), "--no-progress");
        Assert.True(exit == 0, stderr);
        Assert.Contains(fromEnvironment, stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(fromEnvironment));
        Assert.False(File.Exists(_folder.File(DossierStores.DefaultFileName)), "DOSSIER_DB was ignored");

        // --db wins over DOSSIER_DB; a query never creates the database it is pointed at.
        var (queryExit, _, queryErr) = CliProcess.Run(withEnvironment, "quotes", "--db", fromOption);
        Assert.Equal(1, queryExit);
        Assert.Contains("DSR0406", queryErr, StringComparison.Ordinal);
        Assert.Contains(fromOption, queryErr, StringComparison.Ordinal);
        Assert.False(File.Exists(fromOption));
    }

    private string Input()
    {
        string path = _folder.File("in.jsonl");
        Corpus.Write(path, 3);
        return path;
    }
}
