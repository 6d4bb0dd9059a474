using System.CommandLine;
using Dossier.Diagnostics;
using Dossier.Entities;
using Dossier.Entities.Training;
using Dossier.Eval;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train aliases</c>: the actor alias table (models/actor-aliases.tsv) from the gazetteers and PETRARCH2 dictionaries.</summary>
internal static class TrainAliasesCommand
{
    public static Command Create()
    {
        var command = new Command("aliases", "Build the actor alias table (\"U.S.\" = \"United States\") from the shared gazetteers and PETRARCH2 dictionaries.");
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: DOSSIER_DATA, else ../shared/data)." };
        var models = new Option<string?>("--models") { Description = "The models folder to write to (default: the repository's models/)." };
        command.Options.Add(data);
        command.Options.Add(models);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var root = EvalPaths.SharedData(parse.GetValue(data)) ?? throw new DossierException(Errors.EvalDataMissing("gazetteers/"));
            string directory = parse.GetValue(models) ?? EntityModelFiles.RepositoryModels() ?? "models";
            Console.Out.WriteLine($"aliases: {NerTraining.BuildAliases(root, directory)} actors written to {Path.Combine(directory, EntityModelFiles.Aliases)}");
            return 0;
        }));
        return command;
    }
}
