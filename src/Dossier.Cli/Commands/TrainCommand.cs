using System.CommandLine;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train NAME</c>: trains a model from the shared data (one subcommand per model, one line each).</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Train a model from the shared data folder and write it to models/.");
        train.Subcommands.Add(TrainNerCommand.Create());
        train.Subcommands.Add(TrainClustersCommand.Create());
        train.Subcommands.Add(TrainAliasesCommand.Create());
        train.Subcommands.Add(TrainSyntaxCommand.Create());
        train.Subcommands.Add(TrainQuotesCommand.Create());
        return train;
    }
}
