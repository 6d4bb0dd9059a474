using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Bench;

/// <summary>
/// Tokenizer and sentence splitter throughput over the 2,000 articles of allsides-dev-2k.jsonl, on one core
/// (issue 2's goal: tokenize + split ≥ 20 MB/s). One operation processes the whole corpus; paragraphs are
/// found beforehand, as the reader would have. Run:
/// <c>dotnet run -c Release --project bench/Dossier.Bench -- --filter '*TokenizerBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
public class TokenizerBenchmarks
{
    private const string Corpus = "corpus/allsides-dev-2k.jsonl";

    private IReadOnlyList<string> _texts = [];
    private ParagraphLayer[] _paragraphs = [];

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Pinned to one core; few iterations because one operation is a whole 14 MB corpus and the machine is shared.
            AddJob(Job.Default.WithAffinity(1).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new ThroughputColumn(Corpus));
            // The shared machine can be slow to build the generated project; the default 2 minutes is not always enough.
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusTexts.Load(Corpus);
        _texts = corpus.Texts;
        _paragraphs = [.. _texts.Select(ParagraphLayer.FromLineBreaks)];
        Console.WriteLine($"// {corpus.Path}: {_texts.Count} articles, {corpus.Utf8Bytes / 1e6:0.00} MB of UTF-8 text");
    }

    [Benchmark(Description = "tokenize")]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (var text in _texts) tokens += Tokenizer.Tokenize(text).Count;
        return tokens;
    }

    [Benchmark(Baseline = true, Description = "tokenize + split sentences")]
    public int TokenizeAndSplit()
    {
        int sentences = 0;
        for (int i = 0; i < _texts.Count; i++)
        {
            var tokens = Tokenizer.Tokenize(_texts[i]);
            sentences += SentenceSplitter.Split(_texts[i], tokens, _paragraphs[i]).Count;
        }
        return sentences;
    }
}
