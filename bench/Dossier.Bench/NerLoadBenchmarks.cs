using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Dossier.Entities;

namespace Dossier.Bench;

/// <summary>
/// Loading the entity models (goal &lt; 1 s): the tagger with its gazetteer and clusters, and the whole component
/// (plus the alias table). Cold-ish single loads. Run:
/// <c>dotnet run -c Release --project bench/Dossier.Bench -- --filter '*NerLoadBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
public class NerLoadBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));
    }

    private string _models = "";

    [GlobalSetup]
    public void Setup() => _models = EntityModelFiles.Directory();

    [Benchmark(Description = "load tagger")]
    public NamedEntityTagger LoadTagger() => NamedEntityTagger.Load(_models);

    [Benchmark(Description = "load entities component")]
    public EntitiesComponent LoadComponent() => new(_models);
}
