using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dossier.Language;
using Dossier.Language.Conllu;

namespace Dossier.Bench;

/// <summary>
/// Speed of the shipped syntax model (issue 6's goals: tagging ≥ 300,000 tokens/s and parsing ≥ 50,000 tokens/s on
/// one core, model load &lt; 1 s) over the words of the UD English EWT dev set (25,147 words in 2,001 sentences).
/// One operation tags (or tags, lemmatises and parses) every sentence once. Run:
/// <c>dotnet run -c Release --project bench/Dossier.Bench -- --filter '*SyntaxBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
public class SyntaxBenchmarks
{
    private const string DevSet = "ud/en_ewt-ud-dev.conllu";

    private static int s_words;
    private SyntaxModel _model = null!;
    private string _modelPath = "";
    private (string Text, int[] Starts, int[] Ends)[] _sentences = [];
    private UniversalPos[] _pos = new UniversalPos[1024];
    private PennTag[] _tags = new PennTag[1024];
    private ushort[] _lemmas = new ushort[1024];
    private int[] _heads = new int[1024];
    private DependencyRelation[] _relations = new DependencyRelation[1024];

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // One core; few iterations, the machine is shared. In process: on a loaded machine the separate build of
            // the benchmark program can outlast BenchmarkDotNet's two-minute build timeout.
            AddJob(Job.Default.WithAffinity(1).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8).WithToolchain(InProcessEmitToolchain.Instance));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new TokensPerSecondColumn());
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _modelPath = SyntaxModel.DefaultPath;
        _model = SyntaxModel.Load(_modelPath);
        var path = DataPath(DevSet);
        var sentences = new List<(string, int[], int[])>();
        if (path is null) Console.WriteLine($"// skipped: {DevSet} not found (set DOSSIER_DATA to the shared data folder)");
        else
        {
            foreach (var s in ConlluReader.Read(path))
            {
                var starts = new int[s.Count];
                var ends = new int[s.Count];
                for (int i = 0, offset = 0; i < s.Count; i++)
                {
                    starts[i] = offset;
                    ends[i] = offset + s.Forms[i].Length;
                    offset = ends[i] + 1;
                }
                sentences.Add((string.Join(' ', s.Forms), starts, ends));
            }
        }
        _sentences = [.. sentences];
        s_words = _sentences.Sum(s => s.Starts.Length);
        Console.WriteLine($"// {DevSet}: {_sentences.Length} sentences, {s_words} words");
    }

    [Benchmark(Description = "tag")]
    public int Tag()
    {
        int n = 0;
        foreach (var (text, starts, ends) in _sentences)
        {
            _model.Tag(text, starts, ends, _pos, _tags);
            n += starts.Length;
        }
        return n;
    }

    [Benchmark(Description = "tag+lemmatise+parse")]
    public int Analyze()
    {
        int n = 0;
        foreach (var (text, starts, ends) in _sentences)
        {
            _model.Analyze(text, starts, ends, _pos, _tags, _lemmas, _heads, _relations);
            n += starts.Length;
        }
        return n;
    }

    [Benchmark(Description = "load model")]
    public SyntaxModel Load() => SyntaxModel.Load(_modelPath);

    private static string? DataPath(string relative)
    {
        var root = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); root is null && dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx"))) root = Path.Combine(dir.FullName, "..", "shared", "data");
        }
        var path = root is null ? null : Path.Combine(root, relative);
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>Words per second of mean operation time, for the tagging and parsing benchmarks.</summary>
    private sealed class TokensPerSecondColumn : IColumn
    {
        public string Id => "TokensPerSecond";
        public string ColumnName => "tokens/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "words of the EWT dev set processed per second (one operation = every sentence once)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null || benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(Load)) return "-";
            if (s_words == 0 && DataPath(DevSet) is { } path) s_words = ConlluReader.Read(path).Sum(x => x.Count); // the host process counts for itself
            int words = s_words;
            if (words == 0) return "-";
            return (words / (statistics.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public override string ToString() => ColumnName;
    }
}
