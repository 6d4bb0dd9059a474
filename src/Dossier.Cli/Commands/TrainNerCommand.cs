using System.CommandLine;
using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Entities;
using Dossier.Entities.Training;
using Dossier.Eval;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier train ner</c>: trains the entity tagger on CoNLL-2003 train plus wikigold (or other --extra CoNLL files), reports
/// CoNLL valid scores, and writes models/ner.model. The gazetteer and word clusters must be in models/ first.
/// </summary>
internal static class TrainNerCommand
{
    /// <summary>Wikipedia text tagged with CoNLL's types (CC BY 4.0): more varied names than Reuters 1996.</summary>
    private const string DefaultExtra = "ner-extra/wikigold.conll.txt";

    public static Command Create()
    {
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron, two stages) on CoNLL-2003.");
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: DOSSIER_DATA, else ../shared/data)." };
        var extra = new Option<string[]>("--extra")
        {
            Description = "More CoNLL training files (relative to the data folder, or absolute; default: ner-extra/wikigold.conll.txt, which adds 0.6 F1 on CoNLL valid).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [DefaultExtra],
        };
        var conllOnly = new Option<bool>("--conll-only") { Description = "Train on CoNLL-2003 train alone (no --extra files)." };
        var models = new Option<string?>("--models") { Description = "The models folder to read resources from and write to (default: the repository's models/)." };
        var defaults = new NerTrainingOptions();
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => defaults.Epochs, Description = "Passes over the training data." };
        var stages = new Option<int>("--stages") { DefaultValueFactory = _ => defaults.Stages, Description = "1 or 2 (the second stage sees the first's document-wide output)." };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => defaults.Seed, Description = "Seed of the shuffling and fold assignment." };
        var minCount = new Option<int>("--min-count") { DefaultValueFactory = _ => defaults.MinFeatureCount, Description = "Drop static features seen fewer times in training." };
        var prune = new Option<float>("--prune") { DefaultValueFactory = _ => defaults.Prune, Description = "Drop weight rows below this fraction of the largest weight." };
        var aggressiveness = new Option<float>("--pa") { DefaultValueFactory = _ => defaults.Aggressiveness, Description = "Passive-aggressive step cap C (0: plain perceptron steps)." };
        var gazetteerOnly = new Option<bool>("--gazetteer-only") { Description = "Only rebuild models/ner-gazetteer.tsv from the shared data." };
        var reportEpochs = new Option<bool>("--report-epochs") { Description = "Score the development set after every epoch." };
        foreach (var option in new Option[] { data, extra, models, epochs, stages, seed, minCount, prune, aggressiveness, gazetteerOnly, conllOnly, reportEpochs }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var root = EvalPaths.SharedData(parse.GetValue(data)) ?? throw new DossierException(Errors.EvalDataMissing("conll2003/train.txt"));
            var train = new List<string> { Path.Combine(root, "conll2003", "train.txt") };
            if (!parse.GetValue(conllOnly)) train.AddRange((parse.GetValue(extra) ?? []).Select(p => Path.IsPathRooted(p) ? p : Path.Combine(root, p)));
            var options = new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs), Stages = parse.GetValue(stages), Seed = parse.GetValue(seed),
                MinFeatureCount = parse.GetValue(minCount), Prune = parse.GetValue(prune), ReportEpochs = parse.GetValue(reportEpochs),
                Aggressiveness = parse.GetValue(aggressiveness),
            };
            string modelsDir = parse.GetValue(models) ?? EntityModelFiles.RepositoryModels() ?? "models";
            Console.Out.WriteLine($"gazetteer: {NerTraining.BuildGazetteer(root, modelsDir)} entries");
            if (parse.GetValue(gazetteerOnly)) return 0;
            string commandLine = "dossier train ner " + string.Join(' ', Environment.GetCommandLineArgs().Skip(3));
            var score = NerTraining.Run(train, Path.Combine(root, "conll2003", "valid.txt"), modelsDir, options, commandLine.Trim(), Console.Out);
            foreach (var type in score.Types)
            {
                var (tp, fp, fn) = score.Counts(type);
                var c = new PrfCounts(tp, fp, fn);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type,-5} P {100 * c.Precision:0.00}  R {100 * c.Recall:0.00}  F1 {100 * c.F1:0.00}"));
            }
            return 0;
        }));
        return command;
    }
}
