using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dossier.Bench;

/// <summary>A summary column: megabytes (UTF-8, 10^6 bytes) of corpus text processed per second of mean time per operation.</summary>
internal sealed class ThroughputColumn(string corpus) : IColumn
{
    public string Id => "Throughput:" + corpus;
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"UTF-8 megabytes of {corpus} processed per second (one operation = the whole corpus)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        long bytes = CorpusTexts.Load(corpus).Utf8Bytes;
        if (statistics is null || bytes == 0) return "-";
        double seconds = statistics.Mean / 1e9;
        return (bytes / 1e6 / seconds).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public override string ToString() => ColumnName;
}
