using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Storage;
using Dossier.Storage.Facts;
using Dossier.Storage.Records;

namespace Dossier.Bench;

/// <summary>
/// The store's share of ingest: facts extraction and batched writes of analysed articles into a fresh SQLite
/// file (one operation = <see cref="Articles"/> articles of allsides-dev-2k, analysed beforehand by the default
/// pipeline). Run: <c>dotnet run -c Release --project bench/Dossier.Bench -- --filter '*StoreWriteBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
public class StoreWriteBenchmarks
{
    private const int Articles = 500;
    private const int BatchSize = 256;

    private Document[] _documents = [];
    private ArticleFacts[] _facts = [];
    private string _folder = "";
    private IDossierStore? _store;
    private int _iteration;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: no per-benchmark rebuild (the machine is shared); these measure I/O-heavy work where that is fair.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8).WithInvocationCount(1).WithUnrollFactor(1));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = DefaultPipeline.Create();
        _documents = [.. CorpusTexts.Load("corpus/allsides-dev-2k.jsonl").Texts.Take(Articles).Select(t => pipeline.Process(Document.FromText(t)))];
        _facts = [.. _documents.Select(d => DocumentFacts.From(d))];
        _folder = Path.Combine(Path.GetTempPath(), "dossier-bench-write-" + Environment.ProcessId);
    }

    [IterationSetup]
    public void FreshStore()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        // A new name each time: pooled connections may still hold the deleted file of the previous iteration open.
        _store = DossierStores.Open(Path.Combine(_folder, $"bench-{_iteration++}.db"), StoreAccess.CreateOrWrite);
    }

    [IterationCleanup]
    public void CloseStore() => _store?.Dispose();

    [Benchmark(Description = "facts of 500 articles")]
    public int ExtractFacts() => _documents.Sum(d => DocumentFacts.From(d).Quotes.Count);

    [Benchmark(Description = "write 500 articles")]
    public int Write()
    {
        using var writer = _store!.OpenWriter();
        int stored = 0;
        foreach (var batch in _facts.Chunk(BatchSize)) stored += writer.Write(batch).Count(w => w.Outcome == WriteOutcome.Stored);
        // A store that was not fresh (or a duplicate text) would make this a benchmark of duplicate checks.
        if (stored != _facts.Length) throw new InvalidOperationException($"stored {stored} of {_facts.Length} articles");
        return stored;
    }
}
