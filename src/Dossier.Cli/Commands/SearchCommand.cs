using System.CommandLine;
using System.Globalization;
using System.Text;
using Dossier.Cli.Output;
using Dossier.Cli.Store;
using Dossier.Storage;
using Dossier.Storage.Queries;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier search WORDS…</c>: stored articles ranked by relevance (BM25), with the words marked in a snippet.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var command = new Command("search", "Full-text search over stored articles, best matches first.");
        var words = new Argument<string[]>("words") { Description = "Words every hit must contain (\"a phrase\" in quotes; word* for a prefix).", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit", "-n") { Description = "Most articles shown.", DefaultValueFactory = _ => 20 };
        var format = new Option<QueryFormat>("--format", "-f") { Description = "table, json, jsonl or csv.", DefaultValueFactory = _ => QueryFormat.Table };
        var db = StoreOption.Create();
        command.Arguments.Add(words);
        foreach (var option in new Option[] { limit, format, db }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            using var store = StoreOption.Open(parse, db, StoreAccess.Existing);
            var hits = store.Search(string.Join(' ', parse.GetValue(words) ?? []), Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(format) == QueryFormat.Table) Render(Consoles.For(Console.Out), hits);
            else RecordOutput.Write(hits, Columns, parse.GetValue(format), Console.Out);
            return 0;
        }));
        return command;
    }

    private static readonly IReadOnlyList<Column<SearchHit>> Columns =
    [
        new("article_id", h => h.ArticleId.ToString(CultureInfo.InvariantCulture)),
        new("score", h => h.Score.ToString("0.###", CultureInfo.InvariantCulture)),
        new("date", h => Dates.Show(h.Published)),
        new("title", h => h.Title),
        new("site", h => h.Site),
        new("url", h => h.Url),
        new("source", h => h.Source),
        new("snippet", h => h.Snippet),
    ];

    private static void Render(IAnsiConsole console, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            console.MarkupLine("[grey]no articles match[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "date", "article", "snippet");
        int rank = 1;
        foreach (var hit in hits)
        {
            string article = Markup.Escape(RecordOutput.Cut(hit.Title ?? hit.Source ?? "", 60)) + (hit.Site is null ? "" : $"\n[grey]{Markup.Escape(hit.Site)}[/]");
            table.AddRow(new Spectre.Console.Text((rank++).ToString(CultureInfo.InvariantCulture)), new Spectre.Console.Text(Dates.Show(hit.Published)), new Markup(article), new Markup(Marked(hit)));
        }
        console.Write(table);
    }

    /// <summary>The snippet as markup, the matched words in bold yellow.</summary>
    private static string Marked(SearchHit hit)
    {
        var markup = new StringBuilder();
        int at = 0;
        foreach (var h in hit.Highlights)
        {
            markup.Append(Markup.Escape(hit.Snippet[at..h.Start])).Append("[bold yellow]").Append(Markup.Escape(hit.Snippet[h.Start..h.End])).Append("[/]");
            at = h.End;
        }
        return markup.Append(Markup.Escape(hit.Snippet[at..])).ToString();
    }
}
