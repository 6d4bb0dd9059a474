namespace Dossier.Cli.Report;

/// <summary>The sections of the human-readable report, in order (one line per feature).</summary>
internal static class ReportSections
{
    public static IReadOnlyList<IReportSection> All { get; } =
    [
        new HeaderSection(),
        new RemovedSection(),
        new TextSection(),
        new EntitiesSection(),
        new QuotesSection(),
    ];
}
