using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Cli.Output;
using Dossier.Cli.Store;
using Dossier.Storage;
using Dossier.Storage.Queries;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier stats</c>: what the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Show what the database holds: articles, actors, quotes, relations, events, top speakers and sites.");
        var format = new Option<QueryFormat>("--format", "-f") { Description = "table, json, jsonl or csv.", DefaultValueFactory = _ => QueryFormat.Table };
        var db = StoreOption.Create();
        command.Options.Add(format);
        command.Options.Add(db);
        command.SetAction(parse => Cli.Guard(() =>
        {
            using var store = StoreOption.Open(parse, db, StoreAccess.Existing);
            var stats = store.GetStats();
            var f = parse.GetValue(format);
            if (f is QueryFormat.Json or QueryFormat.Jsonl) Console.Out.WriteLine(JsonSerializer.Serialize(stats, JsonOutput.Options(indented: f == QueryFormat.Json)));
            else if (f == QueryFormat.Csv) RecordOutput.Write(Rows(stats), [new("measure", r => r.Name), new("value", r => r.Value)], QueryFormat.Csv, Console.Out);
            else Render(Consoles.For(Console.Out), stats);
            return 0;
        }));
        return command;
    }

    private static List<(string Name, string Value)> Rows(StoreStats s)
    {
        static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
        var rows = new List<(string, string)>
        {
            ("database", s.Store.Location), ("engine", s.Store.Engine), ("schema", N(s.Store.SchemaVersion)), ("bytes", N(s.SizeBytes)),
            ("articles", N(s.Articles)), ("actors", N(s.Actors)), ("mentions", N(s.Mentions)), ("quotes", N(s.Quotes)),
            ("relations", N(s.Relations)), ("events", N(s.Events)),
            ("first_published", Dates.Show(s.FirstPublished)), ("last_published", Dates.Show(s.LastPublished)),
        };
        rows.AddRange(s.QuotesByType.Select(t => ("quotes_" + t.Name, N(t.Count))));
        return rows;
    }

    private static void Render(IAnsiConsole console, StoreStats s)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string value) => grid.AddRow(new Markup($"[grey]{label}[/]"), new Spectre.Console.Text(value));
        Row("database", $"{s.Store.Location} ({s.Store.Engine}, schema {s.Store.SchemaVersion}, {s.SizeBytes / 1048576.0:0.0} MB)");
        Row("articles", $"{s.Articles:N0}" + (s.FirstPublished is null ? "" : $"  published {Dates.Show(s.FirstPublished)} … {Dates.Show(s.LastPublished)}"));
        Row("actors", $"{s.Actors:N0}");
        Row("mentions", $"{s.Mentions:N0}");
        Row("quotes", $"{s.Quotes:N0}" + (s.QuotesByType.Count == 0 ? "" : "  (" + string.Join(", ", s.QuotesByType.Select(t => $"{t.Name} {t.Count:N0}")) + ")"));
        Row("relations", $"{s.Relations:N0}");
        Row("events", $"{s.Events:N0}");
        if (s.TopSpeakers.Count > 0) Row("top speakers", string.Join(", ", s.TopSpeakers.Select(t => $"{t.Name} ({t.Count:N0})")));
        if (s.TopSites.Count > 0) Row("top sites", string.Join(", ", s.TopSites.Select(t => $"{t.Name} ({t.Count:N0})")));
        console.Write(new Panel(grid).Header("[bold]Dossier store[/]").Border(BoxBorder.Rounded));
    }
}
