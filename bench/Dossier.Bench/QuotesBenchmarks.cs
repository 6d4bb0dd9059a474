using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Quotes;

namespace Dossier.Bench;

/// <summary>
/// What the quotes component adds to analysis time (issue 3's goal: at most 20%) over the 2,000 articles of
/// allsides-dev-2k.jsonl, on one core: the default pipeline without and with quotes; the Ratio column is the
/// cost of quotes. Run: <c>dotnet run -c Release --project bench/Dossier.Bench -- --filter '*QuotesBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
public class QuotesBenchmarks
{
    private const string Corpus = "corpus/allsides-dev-2k.jsonl";

    private IReadOnlyList<string> _texts = [];
    private DossierPipeline _withoutQuotes = null!;
    private DossierPipeline _withQuotes = null!;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // One core, few iterations: one operation analyses a whole 14 MB corpus and the machine is shared.
            AddJob(Job.Default.WithAffinity(1).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new ThroughputColumn(Corpus));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _texts = CorpusTexts.Load(Corpus).Texts;
        var full = DefaultPipeline.CreateBuilder();
        var without = new PipelineBuilder();
        foreach (var component in full.Components)
        {
            if (component.Info.Name != QuotesComponent.Name) without.Add(component);
        }
        _withoutQuotes = without.Build();
        _withQuotes = full.Build();
        Console.WriteLine($"// {_texts.Count} articles; pipeline: {string.Join(", ", _withQuotes.Components.Select(c => c.Name))}");
        int failed = _texts.Count(t => { try { _withoutQuotes.Process(Document.FromText(t)); return false; } catch (Dossier.Diagnostics.DossierException) { return true; } });
        Console.WriteLine($"// {failed} articles fail in an upstream component and are skipped by both runs");
    }

    [Benchmark(Baseline = true, Description = "default pipeline without quotes")]
    public int WithoutQuotes() => Run(_withoutQuotes);

    [Benchmark(Description = "default pipeline with quotes")]
    public int WithQuotes() => Run(_withQuotes);

    private int Run(DossierPipeline pipeline)
    {
        int layers = 0;
        foreach (var text in _texts)
        {
            try
            {
                layers += pipeline.Process(Document.FromText(text)).LayerNames.Count();
            }
            catch (Dossier.Diagnostics.DossierException)
            {
                // An upstream component failing on one article must not void the measurement; both runs skip the same articles.
                layers--;
            }
        }
        return layers;
    }
}
