using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dossier.Cli.Ingest;

/// <summary>A progress column showing "done/total" (just "done" while the total is being counted).</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Spectre.Console.Text(task.IsIndeterminate ? $"{task.Value:N0}" : $"{task.Value:N0}/{task.MaxValue:N0}");
}
