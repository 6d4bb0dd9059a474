using Dossier.Diagnostics;

namespace Dossier.Storage.Ingest;

/// <summary>Receives an ingest run's progress. Called from several threads: implementations must be thread-safe.</summary>
public interface IIngestProgress
{
    /// <summary>After each commit, and at least every flush interval while the run goes on.</summary>
    void Report(IngestCounts counts);

    /// <summary>An item that was skipped, with the reason.</summary>
    void Failed(DossierError problem);

    /// <summary>A problem that did not stop an item from being stored (replaced invalid bytes…).</summary>
    void Warned(DossierError problem);
}
