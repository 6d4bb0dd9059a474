using Dossier.Pipeline;
using Dossier.Reading;
using Dossier.Storage.Ingest;
using Dossier.Storage.Queries;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests.Ingest;

public sealed class IngestRunnerTests : IDisposable
{
    private static readonly DossierPipeline Pipeline = DefaultPipeline.Create();
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IngestSummary Ingest(IDossierStore store, params string[] paths) =>
        new IngestRunner(store, Pipeline, new IngestOptions { BatchSize = 7 }).Run(new ArticleReader(ReaderOptions.Default).Read(paths), new NoProgress());

    [Fact]
    public void Reingesting_the_same_input_adds_nothing()
    {
        string input = _folder.File("in.jsonl");
        Corpus.Write(input, 30);
        using var store = SqliteStore.Open(_folder.File("dossier.db"), StoreAccess.CreateOrWrite);
        var first = Ingest(store, input);
        long quotes = store.GetStats().Quotes;
        var second = Ingest(store, input);
        Assert.Equal((30, 0, 0), (first.Counts.Stored, first.Counts.Duplicates, first.Counts.Failed));
        Assert.Equal((0, 30, 0), (second.Counts.Stored, second.Counts.Duplicates, second.Counts.Failed));
        Assert.Equal(30, store.GetStats().Articles);
        Assert.Equal(quotes, store.GetStats().Quotes);
    }

    [Fact]
    public void The_same_text_twice_in_one_input_is_stored_once()
    {
        string input = _folder.File("in.jsonl");
        Corpus.Write(input, 10, i => Corpus.JsonLine(i % 5));
        using var store = SqliteStore.Open(_folder.File("dossier.db"), StoreAccess.CreateOrWrite);
        var summary = Ingest(store, input);
        Assert.Equal((5, 5), (summary.Counts.Stored, summary.Counts.Duplicates));
    }

    [Fact]
    public void Corrupt_items_among_good_ones_are_reported_and_skipped()
    {
        string input = _folder.File("mixed.jsonl");
        Corpus.Write(input, 9, i => (i % 3) switch
        {
            0 => Corpus.JsonLine(i),
            1 => "{\"title\": \"broken\", \"text\": \"unterminated",
            _ => "{\"title\": \"no text here\"}",
        });
        File.WriteAllBytes(_folder.File("binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        File.WriteAllText(_folder.File("good.txt"), Corpus.Article(100));
        using var store = SqliteStore.Open(_folder.File("dossier.db"), StoreAccess.CreateOrWrite);
        var summary = Ingest(store, input, _folder.File("binary.txt"), _folder.File("good.txt"));
        Assert.Null(summary.Aborted);
        Assert.Equal(4, summary.Counts.Stored);
        Assert.Equal(7, summary.Counts.Failed);
        Assert.Equal(3, summary.Failures.Count(f => f.Code == "DSR0107" && f.Source!.StartsWith(input, StringComparison.Ordinal)));
        Assert.Equal(3, summary.Failures.Count(f => f.Code == "DSR0108"));
        Assert.Contains(summary.Failures, f => f.Code == "DSR0103" && f.Source!.EndsWith("binary.txt", StringComparison.Ordinal));
        Assert.Equal(4, store.GetStats().Articles);
    }

    [Fact]
    public void Stored_quotes_and_speakers_come_from_the_pipeline()
    {
        string input = _folder.File("in.jsonl");
        Corpus.Write(input, 20);
        using var store = SqliteStore.Open(_folder.File("dossier.db"), StoreAccess.CreateOrWrite);
        Ingest(store, input);
        var quotes = store.FindQuotes(new QuoteQuery { Text = "votes", Limit = 0 });
        Assert.Equal(20, quotes.Count);
        Assert.All(quotes, q => Assert.StartsWith("“We have the votes".Replace('“', '"'), q.Content, StringComparison.Ordinal));
        Assert.Equal(2, store.FindQuotes(new QuoteQuery { Text = "votes", Since = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), Until = new DateTimeOffset(2020, 1, 3, 0, 0, 0, TimeSpan.Zero) }).Count);
    }

    private sealed class NoProgress : IIngestProgress
    {
        public void Report(IngestCounts counts) { }
        public void Failed(Diagnostics.DossierError problem) { }
        public void Warned(Diagnostics.DossierError problem) { }
    }
}
