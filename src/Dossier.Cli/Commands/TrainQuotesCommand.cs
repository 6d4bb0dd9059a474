using System.CommandLine;
using Dossier.Diagnostics;
using Dossier.Entities;
using Dossier.Eval;
using Dossier.Eval.Quotes;
using Dossier.Quotes;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train quotes</c>: the learned cue-verb table (models/quotes-cues.tsv) from PolNeAR train.</summary>
internal static class TrainQuotesCommand
{
    public static Command Create()
    {
        var command = new Command("quotes", "Learn which verbs with a complement report speech or stance (models/quotes-cues.tsv) from PolNeAR train.");
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: DOSSIER_DATA, else ../shared/data)." };
        var models = new Option<string?>("--models") { Description = "The models folder to write to (default: the repository's models/)." };
        command.Options.Add(data);
        command.Options.Add(models);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var root = EvalPaths.SharedData(parse.GetValue(data)) ?? throw new DossierException(Errors.EvalDataMissing("polnear/"));
            string directory = parse.GetValue(models) ?? EntityModelFiles.RepositoryModels() ?? "models";
            var output = Path.Combine(directory, SyntacticCueTable.FileName);
            var result = SyntacticCueTrainer.Train(Path.Combine(root, "polnear"), output, Console.Error);
            Console.Out.WriteLine($"quotes: {result.Rows} (lemma, relation) rows from {result.Articles} train articles ({result.Failed} failed; fingerprint {result.Fingerprint}) written to {output}");
            return 0;
        }));
        return command;
    }
}
