using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Cli.Store;
using Dossier.Diagnostics;
using Dossier.Storage;
using Dossier.Storage.Export;
using Dossier.Storage.Queries;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier export quotes|actors|events|relations --format jsonl|csv</c> and <c>dossier export graph --format gexf|graphml</c>:
/// the whole store, streamed to standard output or a file.
/// </summary>
internal static class ExportCommand
{
    internal enum TableFormat { Jsonl, Csv }

    internal enum GraphFormat { Gexf, Graphml }

    public static Command Create()
    {
        var export = new Command("export", "Export the store: quotes, actors, events or relations as JSON Lines or CSV; the actor graph as GEXF or GraphML.");
        export.Subcommands.Add(Rows("quotes", "Every quote with speaker, type, cue, spans and article.", s => s.ExportQuotes(), QuotesCommand.Columns));
        export.Subcommands.Add(Rows("actors", "Every actor with type, aliases, titles and counts.", s => s.ExportActors(), ActorColumns));
        export.Subcommands.Add(Rows("events", "Every event with type, participants, date and evidence.", s => s.ExportEvents(), EventColumns));
        export.Subcommands.Add(Rows("relations", "Every relation between actors with its evidence.", s => s.ExportRelations(), RelationColumns));
        export.Subcommands.Add(Graph());
        return export;
    }

    private static Command Rows<T>(string name, string description, Func<IDossierStore, IEnumerable<T>> rows, IReadOnlyList<Column<T>> columns)
    {
        var command = new Command(name, description);
        var format = new Option<TableFormat>("--format", "-f") { Description = "jsonl or csv.", DefaultValueFactory = _ => TableFormat.Jsonl };
        var output = OutputOption();
        var db = StoreOption.Create();
        foreach (var option in new Option[] { format, output, db }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            using var store = StoreOption.Open(parse, db, StoreAccess.Existing);
            using var writer = OpenText(parse.GetValue(output));
            RecordOutput.Write(rows(store), columns, parse.GetValue(format) == TableFormat.Csv ? QueryFormat.Csv : QueryFormat.Jsonl, writer);
            return 0;
        }));
        return command;
    }

    private static Command Graph()
    {
        var command = new Command("graph", "The actor graph: actors as nodes; speaks-about, relation and co-occurrence edges, weighted and dated.");
        var format = new Option<GraphFormat>("--format", "-f") { Description = "gexf (Gephi) or graphml (NetworkX, yEd).", DefaultValueFactory = _ => GraphFormat.Gexf };
        var minArticles = new Option<int>("--min-articles") { Description = "Leave out actors named in fewer articles.", DefaultValueFactory = _ => new GraphOptions().MinArticles };
        var minShared = new Option<int>("--min-cooccurrence") { Description = "Leave out co-occurrence edges shared by fewer articles.", DefaultValueFactory = _ => new GraphOptions().MinCoOccurrence };
        var noCo = new Option<bool>("--no-cooccurrence") { Description = "Only speaks-about and relation edges." };
        var output = OutputOption();
        var db = StoreOption.Create();
        foreach (var option in new Option[] { format, minArticles, minShared, noCo, output, db }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            using var store = StoreOption.Open(parse, db, StoreAccess.Existing);
            var graph = store.ExportGraph(new GraphOptions
            {
                MinArticles = Math.Max(1, parse.GetValue(minArticles)),
                MinCoOccurrence = Math.Max(1, parse.GetValue(minShared)),
                IncludeCoOccurrence = !parse.GetValue(noCo),
            });
            using var stream = OpenBinary(parse.GetValue(output));
            if (parse.GetValue(format) == GraphFormat.Graphml) GraphMlWriter.Write(graph, stream); else GexfWriter.Write(graph, stream);
            Console.Error.WriteLine($"dossier: graph of {graph.Nodes.Count:N0} actors and {graph.Edges.Count:N0} edges");
            return 0;
        }));
        return command;
    }

    private static Option<string?> OutputOption() => new("--output", "-o") { Description = "Write to this file instead of standard output." };

    private static StreamWriter OpenText(string? path) => path is null
        ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false }
        : new StreamWriter(Create(path), new System.Text.UTF8Encoding(false));

    private static Stream OpenBinary(string? path) => path is null ? Console.OpenStandardOutput() : Create(path);

    private static FileStream Create(string path)
    {
        try
        {
            return File.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DossierException(Errors.Unreadable(path, "cannot write the export: " + ex.Message), ex);
        }
    }

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static readonly IReadOnlyList<Column<ActorSummary>> ActorColumns =
    [
        new("actor_id", a => N(a.Id)), new("name", a => a.Name), new("type", a => a.Type), new("partial", a => a.Partial ? "true" : "false"),
        new("articles", a => N(a.Articles)), new("mentions", a => N(a.Mentions)), new("quotes", a => N(a.Quotes)),
        new("first_seen", a => Dates.Show(a.FirstSeen)), new("last_seen", a => Dates.Show(a.LastSeen)),
        new("aliases", a => string.Join("; ", a.Aliases)), new("titles", a => string.Join("; ", a.Titles)),
    ];

    private static readonly IReadOnlyList<Column<EventRow>> EventColumns =
    [
        new("event_id", e => N(e.Id)), new("article_id", e => N(e.ArticleId)), new("type", e => e.Type), new("code", e => e.Code), new("trigger", e => e.Trigger),
        new("actor", e => e.Actor), new("target", e => e.Target), new("place", e => e.Place), new("date", e => e.Date),
        new("killed", e => N(e.Killed)), new("injured", e => N(e.Injured)), new("evidence", e => e.Evidence),
        new("evidence_start", e => N(e.EvidenceSpan.Start)), new("evidence_end", e => N(e.EvidenceSpan.End)), new("published", e => Dates.Show(e.Published)), new("url", e => e.Url),
    ];

    private static readonly IReadOnlyList<Column<RelationRow>> RelationColumns =
    [
        new("relation_id", r => N(r.Id)), new("article_id", r => N(r.ArticleId)), new("subject", r => r.Subject), new("predicate", r => r.Predicate), new("object", r => r.Target),
        new("evidence", r => r.Evidence), new("evidence_start", r => N(r.EvidenceSpan.Start)), new("evidence_end", r => N(r.EvidenceSpan.End)),
        new("published", r => Dates.Show(r.Published)), new("url", r => r.Url),
    ];
}
