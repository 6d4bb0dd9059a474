using Dossier.Pipeline;

namespace Dossier.Storage.Ingest;

/// <summary>
/// Where an ingest run's CPU time went: each pipeline component (<see cref="Components"/>) and every other stage
/// (<see cref="Stages"/>: reading, hashing, facts, the parts of a store write). What neither holds is the runtime's
/// own work (garbage collection, compiling, idle threads spinning) — the process total minus their sum.
/// </summary>
public sealed class IngestProfile(IReadOnlyList<ComponentInfo> components)
{
    public const string Read = "read (parse, boilerplate)";
    public const string Hash = "content hash, duplicate check";
    public const string ReaderWaits = "reader waiting for workers";
    public const string Facts = "facts";

    public ComponentTimings Components { get; } = new(components);
    public StageTimings Stages { get; } = new();
}
