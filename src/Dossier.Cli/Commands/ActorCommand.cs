using System.CommandLine;
using System.Text.Json;
using Dossier.Cli.Output;
using Dossier.Cli.Store;
using Dossier.Diagnostics;
using Dossier.Storage;
using Dossier.Storage.Queries;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier actor NAME</c>: the profile of the best-matching actor (type, aliases, titles, counts, first and last
/// seen, what it said, whom it speaks about, who speaks about it, relations), and the other actors that match.
/// </summary>
internal static class ActorCommand
{
    public static Command Create()
    {
        var command = new Command("actor", "Show what the store knows of an actor: who it is, what it said, who speaks about it.");
        var name = new Argument<string[]>("name") { Description = "The actor's name or alias (\"Thomas West\", \"Taliban\", \"FBI\").", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit", "-n") { Description = "Entries per list.", DefaultValueFactory = _ => 10 };
        var format = new Option<QueryFormat>("--format", "-f") { Description = "table, json, jsonl or csv.", DefaultValueFactory = _ => QueryFormat.Table };
        var db = StoreOption.Create();
        command.Arguments.Add(name);
        foreach (var option in new Option[] { limit, format, db }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            string wanted = string.Join(' ', parse.GetValue(name) ?? []);
            using var store = StoreOption.Open(parse, db, StoreAccess.Existing);
            var matches = store.FindActors(wanted, limit: MostMatches);
            if (matches.Count == 0) throw new DossierException(Errors.ActorNotFound(wanted));
            var profile = store.GetActorProfile(matches[0].Id, Math.Max(1, parse.GetValue(limit)))!;
            var others = matches.Skip(1).ToList();
            switch (parse.GetValue(format))
            {
                case QueryFormat.Json or QueryFormat.Jsonl:
                    var options = JsonOutput.Options(indented: parse.GetValue(format) == QueryFormat.Json);
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { profile, otherMatches = others }, options));
                    break;
                case QueryFormat.Csv:
                    WriteCsv(profile);
                    break;
                default:
                    Render(Consoles.For(Console.Out), profile, others, complete: matches.Count < MostMatches);
                    break;
            }
            return 0;
        }));
        return command;
    }

    private const int MostMatches = 20;

    private static void Render(IAnsiConsole console, ActorProfile p, List<ActorSummary> others, bool complete)
    {
        var a = p.Actor;
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value)) facts.AddRow(new Markup($"[grey]{label}[/]"), new Spectre.Console.Text(value));
        }
        Row("type", a.Type + (p.Types.Count > 1 ? $"  ({string.Join(", ", p.Types.Select(t => $"{t.Name} {t.Count}"))})" : ""));
        Row("also called", string.Join(", ", p.Aliases.Where(x => x.Name != a.Name).Select(x => x.Name)));
        Row("titles", string.Join(", ", p.Titles.Select(x => x.Name)));
        Row("articles", $"{a.Articles:N0} ({a.Mentions:N0} mentions)");
        Row("quotes", $"{a.Quotes:N0} said, {p.QuotesAbout:N0} about it by others");
        Row("seen", a.FirstSeen is null ? null : $"{Dates.Show(a.FirstSeen)} … {Dates.Show(a.LastSeen)}");
        Row("events", p.Events > 0 ? $"{p.Events:N0}" : null);
        Row("merged by", string.Join(", ", p.MergeEvidence.Select(e => $"{e.Name} ×{e.Count}")));
        if (a.Partial) Row("note", "known by one name only: not merged with other articles' actors of that name");
        console.Write(new Panel(facts).Header($"[bold]{Markup.Escape(a.Name)}[/]").Border(BoxBorder.Rounded));

        Quotes(console, $"What {a.Name} said", p.Said);
        Counts(console, $"Whom {a.Name} speaks about", p.SpeaksAbout);
        Counts(console, $"Who speaks about {a.Name}", p.SpokenAboutBy);
        Quotes(console, $"What others said about {a.Name}", p.SaidAbout);
        if (p.Relations.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Relations").AddColumns("subject", "relation", "object", "evidence", "date");
            foreach (var r in p.Relations) table.AddRow(Markup.Escape(r.Subject), Markup.Escape(r.Predicate), Markup.Escape(r.Target), Markup.Escape(RecordOutput.Cut(r.Evidence, 120)), Dates.Show(r.Published));
            console.Write(table);
        }
        if (others.Count > 0)
            console.MarkupLine($"[grey]Also matching:[/] {Markup.Escape(string.Join(", ", OtherMatches(others, complete)))}");
    }

    /// <summary>
    /// "Barack Obama (PERSON, 74 articles)", then people known by one word only, counted together ("Obama (PERSON,
    /// one word only: 19 separate actors)"): each article's lone surname stays its own actor, since people share surnames.
    /// </summary>
    private static IEnumerable<string> OtherMatches(List<ActorSummary> others, bool complete)
    {
        string atLeast = complete ? "" : "at least ";
        foreach (var o in others.Where(o => !o.Partial)) yield return $"{o.Name} ({o.Type}, {o.Articles} articles)";
        foreach (var g in others.Where(o => o.Partial).GroupBy(o => (o.Name, o.Type)))
            yield return g.Count() == 1 ? $"{g.Key.Name} ({g.Key.Type}, one word only, {g.First().Articles} articles)" : $"{g.Key.Name} ({g.Key.Type}, one word only: {atLeast}{g.Count()} separate actors)";
    }

    private static void Quotes(IAnsiConsole console, string title, IReadOnlyList<QuoteRow> quotes)
    {
        if (quotes.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title)).AddColumns("date", "speaker", "type", "quote", "article");
        foreach (var q in quotes)
            table.AddRow(Dates.Show(q.Published), Markup.Escape(q.Speaker ?? "(unresolved)"), q.Type, Markup.Escape(RecordOutput.Cut(q.Content, 300)), Markup.Escape(RecordOutput.Cut(q.ArticleTitle ?? q.Source ?? "", 50)));
        console.Write(table);
    }

    private static void Counts(IAnsiConsole console, string title, IReadOnlyList<NamedCount> counts)
    {
        if (counts.Count == 0) return;
        console.MarkupLine($"[bold]{Markup.Escape(title)}:[/] {Markup.Escape(string.Join(", ", counts.Select(c => $"{c.Name} ({c.Count})")))}");
    }

    /// <summary>A profile as "section,name,count" rows: the flat form a spreadsheet can take.</summary>
    private static void WriteCsv(ActorProfile p)
    {
        var output = Console.Out;
        Csv.WriteRow(output, ["section", "name", "count"]);
        Csv.WriteRow(output, ["actor", p.Actor.Name, p.Actor.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        foreach (var (section, list) in new[] { ("type", p.Types), ("alias", p.Aliases), ("title", p.Titles), ("speaks_about", p.SpeaksAbout), ("spoken_about_by", p.SpokenAboutBy), ("merged_by", p.MergeEvidence) })
            foreach (var item in list) Csv.WriteRow(output, [section, item.Name, item.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        foreach (var q in p.Said) Csv.WriteRow(output, ["said", q.Content, "1"]);
        output.Flush();
    }
}
