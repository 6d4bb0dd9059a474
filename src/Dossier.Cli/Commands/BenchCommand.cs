using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Reading;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier bench PATH…</c>: the whole-corpus throughput runner. Reads every article into memory first (so
/// reading is not timed), then runs the default pipeline over them and reports articles/s, MB/s, tokens/s,
/// the time of each component, allocations and peak memory. Micro-benchmarks live in bench/ (BenchmarkDotNet).
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure analysis throughput over a corpus, per pipeline component.");
        var paths = new Argument<string[]>("paths") { Description = "Corpus files or folders (e.g. ../shared/data/corpus/allsides-dev-2k.jsonl).", Arity = ArgumentArity.OneOrMore };
        var threads = new Option<int>("--threads") { Description = "Documents analysed in parallel (1 measures one core).", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "Analyse at most this many articles.", DefaultValueFactory = _ => int.MaxValue };
        var raw = new Option<bool>("--raw") { Description = "Treat inputs as clean body text." };
        command.Arguments.Add(paths);
        command.Options.Add(threads);
        command.Options.Add(limit);
        command.Options.Add(raw);
        command.SetAction(parse => Cli.Guard(() => Run(parse.GetValue(paths) ?? [], Math.Max(1, parse.GetValue(threads)), parse.GetValue(limit), parse.GetValue(raw))));
        return command;
    }

    private static int Run(string[] paths, int threads, int limit, bool raw)
    {
        var loadWatch = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.Create();
        var loadTime = loadWatch.Elapsed;
        var documents = new ArticleReader(new ReaderOptions { Raw = raw }).Read(paths)
            .Where(r => r.Document is not null).Select(r => r.Document!).Take(limit).ToList();
        if (documents.Count == 0) return Cli.Failed;
        long characters = documents.Sum(d => (long)d.Text.Length);
        // Throughput is quoted in MB of UTF-8 text, the size of the article text on disk.
        double megabytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text)) / 1e6;

        var timings = new ComponentTimings(pipeline.Components);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, d => pipeline.Process(d, timings));
        wall.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long tokens = documents.Sum(d => d.Has<TokenLayer>() ? (long)d.Tokens.Count : 0);

        double seconds = wall.Elapsed.TotalSeconds;
        var table = new Table().AddColumns("component", "seconds", "CPU s", "share", "MB/s");
        for (int i = 0; i < timings.Components.Count; i++)
        {
            double s = timings[i].TotalSeconds;
            table.AddRow(timings.Components[i].ToString(), F(s, "0.000"), F(timings.Cpu(i).TotalSeconds, "0.000"), F(s / Math.Max(timings.Total.TotalSeconds, 1e-9), "0.0%"), F(megabytes / Math.Max(s, 1e-9), "0.0"));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} articles, {megabytes:0.0} MB of UTF-8 text, {tokens} tokens, {threads} thread(s): {seconds:0.00} s wall = {documents.Count / seconds:0.0} articles/s, {megabytes / seconds:0.0} MB/s, {tokens / seconds:0} tokens/s"));
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pipeline build (model load) {loadTime.TotalSeconds:0.00} s; allocated {allocated / 1e6:0} MB ({(double)allocated / Math.Max(characters, 1):0.0} bytes per character); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        return 0;
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
