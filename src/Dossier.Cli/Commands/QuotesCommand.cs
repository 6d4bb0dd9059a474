using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Cli.Store;
using Dossier.Diagnostics;
using Dossier.Storage;
using Dossier.Storage.Queries;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier quotes</c>: who said what, filtered by speaker, actor spoken about, words, dates and type; newest first.</summary>
internal static class QuotesCommand
{
    private static readonly string[] Types = ["direct", "mixed", "indirect", "belief"];

    public static Command Create()
    {
        var command = new Command("quotes", "List stored quotes: who said what, about whom, when.");
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes by this actor (name or alias)." };
        var about = new Option<string?>("--about") { Description = "Only quotes whose content mentions this actor." };
        var text = new Option<string?>("--text") { Description = "Only quotes containing these words (\"a phrase\" in quotes; word* for a prefix)." };
        var since = new Option<string?>("--since") { Description = "Only articles published on or after this date." };
        var until = new Option<string?>("--until") { Description = "Only articles published on or before this date." };
        var type = new Option<string?>("--type") { Description = "direct, mixed, indirect or belief." };
        type.AcceptOnlyFromAmong(Types);
        var limit = new Option<int>("--limit", "-n") { Description = "Most quotes shown, newest first (0: all).", DefaultValueFactory = _ => 50 };
        var format = new Option<QueryFormat>("--format", "-f") { Description = "table, json, jsonl or csv.", DefaultValueFactory = _ => QueryFormat.Table };
        var db = StoreOption.Create();
        foreach (var option in new Option[] { speaker, about, text, since, until, type, limit, format, db }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            if (parse.GetValue(limit) < 0) throw new DossierException(Errors.BadArgument("--limit must be 0 or more"));
            var query = new QuoteQuery
            {
                Speaker = parse.GetValue(speaker),
                About = parse.GetValue(about),
                Text = parse.GetValue(text),
                Since = Dates.Parse(parse.GetValue(since), "--since", endOfDay: false),
                Until = Dates.Parse(parse.GetValue(until), "--until", endOfDay: true),
                Type = parse.GetValue(type),
                Limit = parse.GetValue(limit),
            };
            using var store = StoreOption.Open(parse, db, StoreAccess.Existing);
            RecordOutput.Write(store.FindQuotes(query), Columns, parse.GetValue(format), Console.Out, "no quotes match");
            return 0;
        }));
        return command;
    }

    public static IReadOnlyList<Column<QuoteRow>> Columns { get; } =
    [
        new("date", q => Dates.Show(q.Published)),
        new("speaker", q => q.Speaker ?? "(unresolved)") { MaxWidth = 30 },
        new("type", q => q.Type),
        new("cue", q => q.Cue) { InTable = false },
        new("quote", q => q.Content) { MaxWidth = 300 },
        new("about", q => string.Join("; ", q.About)) { MaxWidth = 40 },
        new("article", q => q.ArticleTitle ?? q.Source) { MaxWidth = 60 },
        new("site", q => q.Site) { InTable = false },
        new("url", q => q.Url) { InTable = false },
        new("quote_id", q => q.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) { InTable = false },
        new("article_id", q => q.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture)) { InTable = false },
    ];
}
