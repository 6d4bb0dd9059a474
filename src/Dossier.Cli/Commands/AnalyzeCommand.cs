using System.CommandLine;
using System.Text.Json;
using Dossier.Cli.Report;
using Dossier.Diagnostics;
using Dossier.Output;
using Dossier.Pipeline;
using Dossier.Reading;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier analyze PATH… | -</c>: reads articles, runs the default pipeline and prints a report, or JSON
/// (one object holding all documents) or JSON Lines (one document per line). Problems with single inputs are
/// reported on stderr and skipped; the exit code is non-zero only when nothing could be analysed.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var command = new Command("analyze", "Analyse news articles (.txt, .jsonl, …; files, folders, or - for standard input).");
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to read; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "text (a report), json (one object) or jsonl (one document per line).", DefaultValueFactory = _ => OutputFormat.Text };
        var raw = new Option<bool>("--raw") { Description = "Treat the input as already-clean body text: no headline, byline or boilerplate heuristics." };
        var maxMb = new Option<double>("--max-article-mb") { Description = "Largest single article accepted, in MB.", DefaultValueFactory = _ => ReaderOptions.DefaultMaxArticleBytes / 1048576.0 };
        var threads = new Option<int>("--threads") { Description = "Documents analysed in parallel (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(raw);
        command.Options.Add(maxMb);
        command.Options.Add(threads);
        command.SetAction(parse => Cli.Guard(() =>
        {
            if (parse.GetValue(maxMb) <= 0) throw new DossierException(Errors.BadArgument("--max-article-mb must be positive"));
            var options = new ReaderOptions { Raw = parse.GetValue(raw), MaxArticleBytes = (long)(parse.GetValue(maxMb) * 1048576) };
            return Run(parse.GetValue(paths) ?? [], options, parse.GetValue(format), Math.Max(1, parse.GetValue(threads)));
        }));
        return command;
    }

    internal enum OutputFormat { Text, Json, Jsonl }

    private static int Run(string[] paths, ReaderOptions options, OutputFormat format, int threads)
    {
        var pipeline = DefaultPipeline.Create();
        var inputs = new ArticleReader(options).Read(paths, Console.OpenStandardInput);
        int analysed = 0, failed = 0;
        using var output = new DocumentOutput(format);
        foreach (var result in pipeline.AnalyzeAll(inputs, threads))
        {
            foreach (var warning in result.Warnings) Console.Error.WriteLine($"dossier: warning: {warning}");
            if (result.Document is null)
            {
                failed++;
                Console.Error.WriteLine($"dossier: {result.Error}");
                output.Error(result.Error!);
                continue;
            }
            analysed++;
            output.Document(result.Document);
        }
        output.Finish();
        if (format == OutputFormat.Text || failed > 0)
            Console.Error.WriteLine($"dossier: {analysed} article(s) analysed, {failed} failed");
        return analysed > 0 ? 0 : Cli.Failed;
    }

    /// <summary>Writes documents in the chosen format as they come, so large runs stream.</summary>
    private sealed class DocumentOutput : IDisposable
    {
        private readonly OutputFormat _format;
        private readonly Stream _stdout = Console.OpenStandardOutput();
        private readonly Utf8JsonWriter? _json;
        private readonly List<DossierError> _errors = [];

        public DocumentOutput(OutputFormat format)
        {
            _format = format;
            if (format == OutputFormat.Json)
            {
                _json = new Utf8JsonWriter(_stdout, DocumentJsonWriter.Options(indented: true));
                _json.WriteStartObject();
                _json.WriteString("schema", "dossier.analysis/1");
                _json.WriteStartArray("documents");
            }
        }

        public void Document(Model.Document document)
        {
            switch (_format)
            {
                case OutputFormat.Text:
                    foreach (var section in ReportSections.All) section.Render(AnsiConsole.Console, document);
                    break;
                case OutputFormat.Json:
                    DocumentJsonWriter.Write(_json!, document);
                    _json!.Flush();
                    break;
                case OutputFormat.Jsonl:
                    using (var line = new Utf8JsonWriter(_stdout, DocumentJsonWriter.Options(indented: false)))
                        DocumentJsonWriter.Write(line, document);
                    _stdout.WriteByte((byte)'\n');
                    break;
            }
        }

        public void Error(DossierError error) => _errors.Add(error);

        public void Finish()
        {
            if (_json is null) return;
            _json.WriteEndArray();
            _json.WriteStartArray("errors");
            foreach (var error in _errors)
            {
                _json.WriteStartObject();
                _json.WriteString("code", error.Code);
                _json.WriteString("message", error.Message);
                if (error.Source is null) _json.WriteNull("source"); else _json.WriteString("source", error.Source);
                _json.WriteEndObject();
            }
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Flush();
            _stdout.WriteByte((byte)'\n');
        }

        public void Dispose()
        {
            _json?.Dispose();
            _stdout.Flush();
            _stdout.Dispose();
        }
    }
}
