using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dossier.Bench;

/// <summary>A summary column: tokens processed per second of mean time per operation (the count is set by the benchmark's setup).</summary>
internal sealed class TokensPerSecondColumn : IColumn
{
    /// <summary>Tokens one operation processes; set in the benchmark's global setup (same process with in-process runs, else re-set per run).</summary>
    public static long Tokens { get; set; }

    public string Id => "TokensPerSecond";
    public string ColumnName => "tokens/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Tokens tagged per second (token count printed at setup / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || Tokens == 0) return "n/a (see setup line)";
        return (Tokens / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
