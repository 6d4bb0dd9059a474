using Dossier.Storage.Tests.Ingest;

namespace Dossier.Storage.Tests.Cli;

/// <summary>`dossier ingest --profile`: where the CPU time of a run went, stage by stage.</summary>
public sealed class IngestProfileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Profile_lists_reading_every_pipeline_component_and_the_store_write()
    {
        string input = _folder.File("in.jsonl");
        Corpus.Write(input, 3);
        var (exit, stdout, stderr) = CliProcess.Run(new CliSetting(WorkingDirectory: _folder.Path), "ingest", input, "--db", _folder.File("p.db"), "--no-progress", "--profile");
        Assert.True(exit == 0, stderr);
        foreach (var stage in new[] { "read (parse, boilerplate)", "pipeline: tokenizer", "facts", "store: mentions", "store: actors", "total during the run" })
            Assert.Contains(stage, stdout, StringComparison.Ordinal);
    }
}
