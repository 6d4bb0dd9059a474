using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dossier.Bench;

/// <summary>A summary column: tokens processed per second of mean time per operation (the count is set by the benchmark's setup).</summary>
internal sealed class TokensPerSecondColumn : IColumn
{
    /// <summary>Counts the tokens one operation processes; evaluated in the process that prints the summary.</summary>
    private readonly Lazy<long> _tokens;

    public TokensPerSecondColumn(Func<long> countTokens) => _tokens = new Lazy<long>(countTokens);

    public string Id => "TokensPerSecond";
    public string ColumnName => "tokens/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Tokens tagged per second (tokens of the input / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || _tokens.Value == 0) return "n/a";
        return (_tokens.Value / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
