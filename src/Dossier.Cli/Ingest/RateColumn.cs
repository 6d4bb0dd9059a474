using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dossier.Cli.Ingest;

/// <summary>A progress column showing items per second.</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Markup($"[cyan]{task.Speed ?? 0:0.0}[/] articles/s");
}
