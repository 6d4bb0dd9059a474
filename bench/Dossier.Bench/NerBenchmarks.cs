using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Dossier.Entities;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Bench;

/// <summary>
/// Entity tagging speed on one core (issue 4's goals: tagging ≥ 300,000 tokens/s, model load &lt; 1 s) over the
/// first 300 articles of allsides-dev-2k.jsonl, tokenized and split beforehand. "tag" is the two-stage tagger alone;
/// "entities" is the whole component (tagger, values, actors, titles). Tokens/s = the token count printed at setup
/// divided by the mean (the tokens/s column). On the shared machine the wall-clock mean mostly measures how long the
/// pinned core was given to other processes, so "tag" also prints, at cleanup, its tokens per second of this
/// process's CPU time over every invocation (warm-up and JIT included, so a conservative figure). Run:
/// <c>dotnet run -c Release --project bench/Dossier.Bench -- --filter '*NerBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
public class NerBenchmarks
{
    private const string Corpus = "corpus/allsides-dev-2k.jsonl";
    private const int Articles = 300;

    private NamedEntityTagger _tagger = null!;
    private EntitiesComponent _component = null!;
    private (string Text, int[] Starts, int[] Ends, int[] Sentences)[] _inputs = [];
    private Document[] _documents = [];
    private int[] _labels = [];
    private long _taggedTokens;
    private TimeSpan _taggingCpu;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithAffinity(1).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new TokensPerSecondColumn(CountTokens));
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = NamedEntityTagger.Load();
        _component = new EntitiesComponent();
        var texts = CorpusTexts.Load(Corpus).Texts.Take(Articles).ToArray();
        _documents = [.. texts.Select(Prepare)];
        _inputs = [.. _documents.Select(d => (d.Text, d.Tokens.Starts.ToArray(), d.Tokens.Ends.ToArray(),
            Enumerable.Range(0, d.Sentences.Count).Select(s => d.Sentences.TokensAt(s).Start).ToArray()))];
        _labels = new int[_documents.Max(d => d.Tokens.Count)];
        Console.WriteLine($"// {Articles} articles, {_documents.Sum(d => (long)d.Tokens.Count)} tokens");
    }

    /// <summary>The tokens one operation processes, for the tokens/s column (which runs in the host process, not here).</summary>
    private static long CountTokens() => CorpusTexts.Load(Corpus).Texts.Take(Articles).Sum(t => (long)Tokenizer.Tokenize(t).Count);

    private static Document Prepare(string text)
    {
        var document = Document.FromText(text);
        var tokens = Tokenizer.Tokenize(text);
        document.Set(tokens);
        document.Set(SentenceSplitter.Split(text, tokens, document.Paragraphs));
        return document;
    }

    [Benchmark(Baseline = true, Description = "tag")]
    public int Tag()
    {
        var cpu = Environment.CpuUsage.TotalTime;
        int n = 0;
        foreach (var (text, starts, ends, sentences) in _inputs)
        {
            _tagger.Tag(text, starts, ends, sentences, _labels.AsSpan(0, starts.Length));
            n += starts.Length;
        }
        _taggingCpu += Environment.CpuUsage.TotalTime - cpu;
        _taggedTokens += n;
        return n;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_taggedTokens > 0)
            Console.WriteLine($"// tag: {_taggedTokens:N0} tokens in {_taggingCpu.TotalSeconds:F2} s of CPU time = {_taggedTokens / _taggingCpu.TotalSeconds:N0} tokens per CPU-second");
    }

    [Benchmark(Description = "entities")]
    public int Entities()
    {
        int mentions = 0;
        foreach (var d in _documents)
        {
            // A fresh document each time: a layer is set once. Copying the token layers costs little next to the component.
            var copy = Document.FromText(d.Text);
            copy.Set(d.Tokens);
            copy.Set(d.Sentences);
            _component.Process(copy);
            mentions += copy.Mentions.Count;
        }
        return mentions;
    }
}
