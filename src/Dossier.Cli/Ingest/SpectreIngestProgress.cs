using Dossier.Diagnostics;
using Dossier.Storage.Ingest;
using Spectre.Console;

namespace Dossier.Cli.Ingest;

/// <summary>Feeds a Spectre progress bar (done / total, articles/s, ETA). Spectre's task is thread-safe.</summary>
internal sealed class SpectreIngestProgress(ProgressTask task) : IIngestProgress
{
    public void Report(IngestCounts counts)
    {
        task.Value = counts.Done;
        task.Description = $"stored {counts.Stored:N0} · duplicates {counts.Duplicates:N0} · failed {counts.Failed:N0}";
    }

    public void Failed(DossierError problem)
    {
    }

    public void Warned(DossierError problem)
    {
    }
}
