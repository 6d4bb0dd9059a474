using Dossier.Model;
using Spectre.Console;

namespace Dossier.Cli.Report;

/// <summary>One part of the human-readable report of `dossier analyze`; each feature adds its own (entities, quotes…).</summary>
internal interface IReportSection
{
    /// <summary>Renders the section when the document has what it shows; does nothing otherwise.</summary>
    void Render(IAnsiConsole console, Document document);
}
