using System.Diagnostics;
using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Storage.Ingest;

namespace Dossier.Cli.Ingest;

/// <summary>
/// Progress as log lines on stderr when it is not a terminal: the first commit at once, then every few seconds.
/// A line's "stored" count is committed: it survives a kill of the process.
/// </summary>
internal sealed class PlainIngestProgress(TextWriter output, string task = "ingest", string done = "stored") : IIngestProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _lastLine;
    private long _lastStored = -1;

    public void Report(IngestCounts counts)
    {
        lock (_lock)
        {
            bool first = _lastStored <= 0 && counts.Stored > 0;
            if (counts.Stored == _lastStored || (!first && _clock.Elapsed - _lastLine < Interval)) return;
            _lastStored = counts.Stored;
            _lastLine = _clock.Elapsed;
            double rate = counts.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dossier: {task}: {counts.Stored} {done}, {counts.Duplicates} duplicates, {counts.Failed} failed ({rate:0.0} articles/s)"));
            output.Flush();
        }
    }

    public void Failed(DossierError problem)
    {
    }

    public void Warned(DossierError problem)
    {
    }
}
