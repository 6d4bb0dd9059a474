using Dossier.Entities;
using Dossier.Model;
using Spectre.Console;

namespace Dossier.Cli.Report;

/// <summary>The actors of the article (name, type, aliases, titles, affiliations) and a count of the dates and numbers found.</summary>
internal sealed class EntitiesSection : IReportSection
{
    public void Render(IAnsiConsole console, Document document)
    {
        if (!document.TryGet<ActorLayer>(out var actors) || !document.TryGet<MentionLayer>(out var mentions)) return;
        console.Write(new Rule($"[bold]Actors[/] [grey]({actors.Count})[/]").LeftJustified());
        var table = new Table().Border(TableBorder.Simple).AddColumns("Actor", "Type", "Mentions", "Also called", "Titles and ties");
        foreach (var actor in actors.All().OrderByDescending(a => a.Mentions.Length).ThenBy(a => a.Index))
        {
            var ties = actor.Titles.ToArray().Select(t => document.Substring(t.Span))
                .Concat(actor.Affiliations.ToArray().Select(a => $"{KindWords(a.Kind)} {actors.NameAt(a.Actor)}"));
            table.AddRow(Markup.Escape(actor.Name), actor.Type.Label(), actor.Mentions.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", actor.Aliases.ToArray())), Markup.Escape(string.Join("; ", ties)));
        }
        console.Write(table);
        var values = mentions.All().Where(m => m.Actor < 0).GroupBy(m => m.Type).Select(g => $"{g.Key.Label()} {g.Count()}");
        console.MarkupLine($"[grey]Values: {Markup.Escape(string.Join(", ", values))}[/]");
        console.WriteLine();
    }

    private static string KindWords(AffiliationKind kind) => kind switch
    {
        AffiliationKind.Role => "role at",
        AffiliationKind.Member => "member of",
        _ => "nationality of",
    };
}
