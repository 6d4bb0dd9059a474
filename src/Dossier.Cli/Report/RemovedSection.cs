using Dossier.Model;
using Spectre.Console;

namespace Dossier.Cli.Report;

/// <summary>What the reader kept out of the body, so the user can check nothing of the article was lost.</summary>
internal sealed class RemovedSection : IReportSection
{
    // Long removed blocks are shortened; the JSON output has them whole.
    private const int MaxShown = 90;

    public void Render(IAnsiConsole console, Document document)
    {
        var removed = document.Removed.Where(r => r.Kind != BoilerplateKind.Headline).ToList();
        if (removed.Count == 0) return;
        console.MarkupLine("[grey]removed from the body:[/]");
        foreach (var block in removed)
        {
            string text = block.Text.Length > MaxShown ? block.Text[..MaxShown] + "…" : block.Text;
            console.MarkupLine($"  [grey]{block.Kind,-14}[/] [dim]{Markup.Escape(text)}[/]");
        }
        console.WriteLine();
    }
}
