using System.CommandLine;
using Dossier.Cli.Commands;

namespace Dossier.Cli;

/// <summary>Every command of the tool, registered explicitly in one place (one line per feature).</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        AnalyzeCommand.Create(),
        BenchCommand.Create(),
        EvalCommand.Create(),
        IngestCommand.Create(),
        WorkerCommand.Create(),
        QuotesCommand.Create(),
        ActorCommand.Create(),
        SearchCommand.Create(),
        StatsCommand.Create(),
        ExportCommand.Create(),
        TrainCommand.Create(),
        TagCommand.Create(),
        ParseCommand.Create(),
    ];
}
