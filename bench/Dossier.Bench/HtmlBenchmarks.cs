using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dossier.Model;
using Dossier.Reading.Html;

namespace Dossier.Bench;

/// <summary>
/// Web page reading throughput over the 990 pages of html-dev, on one core (issue 5's goal: ≥ 200 pages/s). One
/// operation reads every page: decode, parse, metadata, main content, body with offsets. "gunzip + read" starts
/// from the .html.gz bytes as stored. Besides wall-clock pages/s, each measured iteration's pages per CPU-second
/// of the process is printed ("// cpu:" lines), the fairer figure on a shared machine. Run:
/// <c>dotnet run -c Release --project bench/Dossier.Bench -- --filter '*HtmlBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
public class HtmlBenchmarks
{
    private const string PagesFolder = "html-dev/pages";

    private const int MeasuredIterations = 6;

    private byte[][] _pages = [];
    private byte[][] _compressed = [];
    private TimeSpan _cpuAtStart;
    private readonly List<double> _pagesPerCpuSecond = [];

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Pinned to one core; few iterations because one operation is 990 pages (140 MB of HTML) and the machine is shared.
            // Five warm-up passes: on one busy core the tiered JIT needs several passes over the pages before AngleSharp's
            // parser runs as tier-1 code (two left the first measured iterations half as fast as the last).
            var job = Job.Default.WithAffinity(1).WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(MeasuredIterations);
            AddJob(job.WithId("default-gc"));
            // The dossier program's GC setting (src/Dossier.Cli/Dossier.Cli.csproj): decoded pages stay off the large-object heap.
            AddJob(job.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCLOHThreshold", "0x400000")).WithId("cli-gc"));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new PagesPerSecondColumn());
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        string? folder = DataFolder(PagesFolder);
        if (folder is null)
        {
            Console.WriteLine($"// skipped: {PagesFolder} not found (set DOSSIER_DATA to the shared data folder); the benchmark measures nothing");
            return;
        }
        var files = Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).ToArray();
        _compressed = [.. files.Select(File.ReadAllBytes)];
        _pages = [.. _compressed.Select(Gunzip)];
        PagesPerSecondColumn.Pages = _pages.Length;
        Console.WriteLine($"// {folder}: {_pages.Length} pages, {_pages.Sum(p => (long)p.Length) / 1e6:0.0} MB of HTML");
    }

    [IterationSetup]
    public void StartCpuClock() => _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    [IterationCleanup]
    public void StopCpuClock()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        if (_pages.Length > 0 && cpu > TimeSpan.Zero) _pagesPerCpuSecond.Add(_pages.Length / cpu.TotalSeconds);
    }

    /// <summary>Pages per CPU-second of the measured (last) iterations; CPU time includes the GC's and the JIT's threads.</summary>
    [GlobalCleanup]
    public void ReportCpu()
    {
        if (_pagesPerCpuSecond.Count == 0) return;
        var measured = _pagesPerCpuSecond.TakeLast(MeasuredIterations).ToList();
        var sorted = measured.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// cpu: {string.Join(" ", measured.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} pages per CPU-second; median {sorted[sorted.Count / 2]:0}, load {LoadAverage()}"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    [Benchmark(Baseline = true, Description = "read")]
    public int Read()
    {
        int characters = 0;
        foreach (var page in _pages) characters += HtmlReader.FromBytes("page.html", page, DocumentMetadata.Empty).Document?.Text.Length ?? 0;
        return characters;
    }

    [Benchmark(Description = "gunzip + read")]
    public int GunzipAndRead()
    {
        int characters = 0;
        foreach (var page in _compressed) characters += HtmlReader.FromBytes("page.html", Gunzip(page), DocumentMetadata.Empty).Document?.Text.Length ?? 0;
        return characters;
    }

    private static byte[] Gunzip(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The data folder's <paramref name="relative"/> path: DOSSIER_DATA, else ../shared/data next to the repository.</summary>
    private static string? DataFolder(string relative)
    {
        var root = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); root is null && dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx"))) root = Path.Combine(dir.FullName, "..", "shared", "data");
        var path = root is null ? null : Path.GetFullPath(Path.Combine(root, relative));
        return path is not null && Directory.Exists(path) ? path : null;
    }

    /// <summary>Pages read per second of mean time per operation (one operation = every page).</summary>
    private sealed class PagesPerSecondColumn : IColumn
    {
        public static int Pages { get; set; }

        public string Id => "PagesPerSecond";
        public string ColumnName => "pages/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "html-dev pages read per second (one operation = all pages)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            int pages = Pages > 0 ? Pages : CountPages();
            if (statistics is null || pages == 0) return "-";
            return (pages / (statistics.Mean / 1e9)).ToString("0", CultureInfo.InvariantCulture);
        }

        // The column is computed in the host process, where Setup did not run.
        private static int CountPages() => DataFolder(PagesFolder) is { } folder ? Directory.GetFiles(folder, "*.html.gz").Length : 0;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public override string ToString() => ColumnName;
    }
}
