using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dossier.Storage;
using Dossier.Storage.Queries;

namespace Dossier.Bench;

/// <summary>
/// Latency of the store's queries (issue 7's goal: p95 &lt; 100 ms on the 10k store). One measurement is one query
/// (invocation count 1), so P95 is the 95th percentile of single queries, not of averages. The store is made
/// beforehand by bench/store-benchmark.sh, or by hand:
/// <c>dossier ingest ../shared/data/corpus/allsides-bench-10k.jsonl --db /tmp/dossier-bench/10k.db</c>, then
/// <c>DOSSIER_BENCH_DB=/tmp/dossier-bench/10k.db dotnet run -c Release --project bench/Dossier.Bench -- --filter '*StoreQueryBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
public class StoreQueryBenchmarks
{
    private const string DefaultDatabase = "/tmp/dossier-bench/10k.db";

    private IDossierStore _store = null!;
    private string _busiestSpeaker = "";
    private string _busiestActor = "";

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: no per-benchmark rebuild (the machine is shared).
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring) // cold-ish single queries, no pilot stage inflating the count
                .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(60).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P95, StatisticColumn.Max);
        }
    }

    /// <summary>The command-line query each case stands for.</summary>
    [Params("quotes", "quotes --speaker", "quotes --about", "quotes --text", "quotes --since --until", "quotes --type", "actor", "search common", "search phrase", "stats")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable("DOSSIER_BENCH_DB") ?? DefaultDatabase;
        if (!File.Exists(path)) throw new InvalidOperationException($"no store at {path}: run bench/store-benchmark.sh (or dossier ingest … --db {path}) first");
        _store = DossierStores.Open(path, StoreAccess.Existing);
        // The busiest names make the heaviest filters: the speaker with most quotes, the actor in most articles.
        var top = _store.GetStats().TopSpeakers;
        _busiestSpeaker = top.Count > 0 ? top[0].Name : "Donald Trump";
        _busiestActor = _store.ExportActors().FirstOrDefault()?.Name ?? "Trump";
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public int Run() => Query switch
    {
        "quotes" => _store.FindQuotes(new QuoteQuery()).Count,
        "quotes --speaker" => _store.FindQuotes(new QuoteQuery { Speaker = _busiestSpeaker }).Count,
        "quotes --about" => _store.FindQuotes(new QuoteQuery { About = _busiestActor }).Count,
        "quotes --text" => _store.FindQuotes(new QuoteQuery { Text = "border wall" }).Count,
        "quotes --since --until" => _store.FindQuotes(new QuoteQuery { Since = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero), Until = new DateTimeOffset(2018, 7, 1, 0, 0, 0, TimeSpan.Zero) }).Count,
        "quotes --type" => _store.FindQuotes(new QuoteQuery { Type = "indirect", Speaker = _busiestSpeaker }).Count,
        "actor" => Profile(_busiestActor),
        "search common" => _store.Search("president said").Count,
        "search phrase" => _store.Search("\"health care\" senate").Count,
        "stats" => (int)_store.GetStats().Articles,
        _ => throw new ArgumentException(Query),
    };

    private int Profile(string name)
    {
        var matches = _store.FindActors(name, limit: 20);
        return matches.Count == 0 ? 0 : _store.GetActorProfile(matches[0].Id)!.Said.Count;
    }
}
