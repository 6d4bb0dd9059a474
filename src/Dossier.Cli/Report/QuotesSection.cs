using System.Globalization;
using Dossier.Model;
using Dossier.Quotes;
using Spectre.Console;

namespace Dossier.Cli.Report;

/// <summary>Who said what: the document's quotes grouped by resolved speaker, in order of first appearance.</summary>
internal sealed class QuotesSection : IReportSection
{
    /// <summary>Content longer than this is shortened in the report (the JSON output keeps all of it).</summary>
    private const int MaxContentChars = 240;

    public void Render(IAnsiConsole console, Document document)
    {
        if (!document.TryGet<QuoteLayer>(out var quotes) || quotes.Count == 0) return;
        console.Write(new Rule($"[bold]Quotes[/] [grey]({quotes.Count})[/]").LeftJustified());
        foreach (var group in quotes.All().GroupBy(q => q.SpeakerName ?? "(unresolved speaker)"))
        {
            console.MarkupLine($"[bold]{Markup.Escape(group.Key)}[/]");
            foreach (var q in group)
            {
                var content = string.Join(" … ", q.Content.ToArray().Select(document.Substring)).ReplaceLineEndings(" ");
                if (content.Length > MaxContentChars) content = content[..MaxContentChars] + "…";
                var cue = q.Cue is { } c ? document.Substring(c) : "(continues)";
                var type = q.Type.ToString().ToLowerInvariant();
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"  [grey]{type,-8} {Markup.Escape(cue),-14} {q.Confidence:0.00}[/]  {Markup.Escape(content)}"));
            }
        }
        console.WriteLine();
    }
}
