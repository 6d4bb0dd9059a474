using System.Diagnostics;
using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Reading;
using Dossier.Reading.Html;

namespace Dossier.Eval.Html;

/// <summary>
/// Scores article extraction from web pages on html-dev with trafilatura's snippet metric: for each page, a
/// "with" snippet found in the extracted body is a true positive and a missing one a false negative; a
/// "without" snippet found is a false positive. A snippet is found when it is a substring of the body after
/// every run of white space is collapsed to one space. Counts are summed over pages. A page that fails to
/// read counts as an empty body. Reported on all pages and on the held-out fifth (file numbers ending in
/// 4 or 9) that was not looked at while the extractor was developed.
/// </summary>
public sealed class HtmlScorer : IScorer
{
    public string Name => "html";

    public string Description => "web page article extraction: snippet P/R/F1 on html-dev (trafilatura's benchmark)";

    public IReadOnlyList<ScorerInput> Inputs { get; } =
        [new ScorerInput("--dir", "folder with evaldata.json and pages/", "html-dev")];

    public EvalReport Run(EvalContext context, CancellationToken cancellationToken = default)
    {
        string dir = context.Input("--dir");
        string evalData = Path.Combine(dir, "evaldata.json");
        if (!File.Exists(evalData)) throw new DossierException(Errors.EvalDataMissing(evalData));
        var pages = SnippetPage.Load(evalData);

        var all = new PrfCounts();
        var heldOut = new PrfCounts();
        int failed = 0, empty = 0;
        var clock = new Stopwatch();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.Start();
            var result = HtmlReader.ReadOne(SourceFile.FromPath(Path.Combine(dir, "pages", page.File)), ReaderOptions.Default);
            clock.Stop();
            if (result.Document is null) failed++;
            string text = result.Document?.Text ?? "";
            if (text.Length == 0) empty++;
            var counts = page.Score(WhiteSpace.Collapse(text));
            all += counts;
            if (page.IsHeldOut) heldOut += counts;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var report = new EvalReport(Name).UsedData(dir);
        report.Prf("snippets", all);
        report.Prf("heldout", heldOut);
        report.Metric("pages_read", pages.Count == 0 ? 0 : (pages.Count - failed) / (double)pages.Count);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"{pages.Count} pages, {failed} failed, {empty} with an empty body"));
        // Speed is reported, never gated: it depends on the machine and its load. CPU time includes the GC's threads.
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"{pages.Count / clock.Elapsed.TotalSeconds:0} pages/s wall clock, {pages.Count / cpu.TotalSeconds:0} pages/s of CPU time, one thread (gunzip, decode, parse, extract, score)"));
        return report;
    }
}
