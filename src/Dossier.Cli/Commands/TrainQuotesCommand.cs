using System.CommandLine;
using Dossier.Diagnostics;
using Dossier.Entities;
using Dossier.Eval;
using Dossier.Eval.Quotes;
using Dossier.Quotes;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train quotes</c>: the learned cue-verb table and candidate classifier (models/quotes-cues.tsv, models/quotes-cue-classifier.tsv) from PolNeAR train.</summary>
internal static class TrainQuotesCommand
{
    public static Command Create()
    {
        var command = new Command("quotes", "Learn which verbs with a complement report speech or stance (models/quotes-cues.tsv, models/quotes-cue-classifier.tsv) from PolNeAR train.");
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: DOSSIER_DATA, else ../shared/data)." };
        var models = new Option<string?>("--models") { Description = "The models folder to write to (default: the repository's models/)." };
        var heldOut = new Option<string?>("--held-out") { Description = "Write no model: learn from the first 500 train articles, score the other 340 and write every unit to this TSV file (the development loop; never dev)." };
        command.Options.Add(data);
        command.Options.Add(models);
        var threshold = new Option<double>("--threshold") { Description = "The classifier's probability threshold written with the model or used with --held-out.", DefaultValueFactory = _ => CueClassifier.DefaultThreshold };
        var cueExtent = new Option<bool>("--cue-extent") { Description = "Learn only the cue extent model (models/quotes-cue-extent.tsv) over the cues the shipped table and classifier find; the other model files are left alone." };
        command.Options.Add(heldOut);
        command.Options.Add(threshold);
        command.Options.Add(cueExtent);
        var seed = new Option<int>("--seed") { Description = "The seed of the classifier's stochastic gradient descent (written with the model or used with --held-out; retraining noise shows between seeds).", DefaultValueFactory = _ => LogisticRegressionTrainer.DefaultSeed };
        command.Options.Add(seed);
        var contentExtent = new Option<bool>("--content-extent") { Description = "Learn only the content extent model (models/quotes-content-extent.tsv) over the attributions the shipped table, classifier and cue extent find; the other model files are left alone." };
        command.Options.Add(contentExtent);
        var sourceExtent = new Option<bool>("--source-extent") { Description = "Learn only the source extent model (models/quotes-source-extent.tsv) over the sources the shipped table, classifier, cue and content extent models find; the other model files are left alone." };
        command.Options.Add(sourceExtent);
        var nonVerbCues = new Option<bool>("--non-verb-cues") { Description = "Learn only the non-verb cue classifier (models/quotes-noun-cue-classifier.tsv: \"criticism of\", \"is confident that\", \"in a poll\") over what the shipped table and classifier leave; the other model files are left alone." };
        command.Options.Add(nonVerbCues);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var root = EvalPaths.SharedData(parse.GetValue(data)) ?? throw new DossierException(Errors.EvalDataMissing("polnear/"));
            if (parse.GetValue(heldOut) is { } dump)
            {
                QuotesHeldOut.Run(Path.Combine(root, "polnear"), dump, parse.GetValue(threshold), Console.Out, Console.Error, parse.GetValue(seed));
                return 0;
            }
            string directory = parse.GetValue(models) ?? EntityModelFiles.RepositoryModels() ?? "models";
            if (parse.GetValue(cueExtent))
            {
                var about = CueExtentTrainer.TrainShipped(Path.Combine(root, "polnear"), "train", directory, CueExtentTrainer.DefaultThreshold, Console.Error);
                Console.Out.WriteLine($"quotes cue extent: {about}; written to {directory}");
                return 0;
            }
            if (parse.GetValue(contentExtent))
            {
                var about = ContentExtentTrainer.TrainShipped(Path.Combine(root, "polnear"), "train", directory, ContentExtentTrainer.DefaultThreshold, Console.Error);
                Console.Out.WriteLine($"quotes content extent: {about}; written to {directory}");
                return 0;
            }
            if (parse.GetValue(sourceExtent))
            {
                var about = SourceExtentTrainer.TrainShipped(Path.Combine(root, "polnear"), "train", directory, SourceExtentTrainer.DefaultThreshold, Console.Error);
                Console.Out.WriteLine($"quotes source extent: {about}; written to {directory}");
                return 0;
            }
            if (parse.GetValue(nonVerbCues))
            {
                var about = NonVerbCueTrainer.TrainShipped(Path.Combine(root, "polnear"), "train", directory, NonVerbCueModel.DefaultThreshold, Console.Error);
                Console.Out.WriteLine($"quotes non-verb cues: {about}; written to {directory}");
                return 0;
            }
            var r = QuotesModelTrainer.Train(Path.Combine(root, "polnear"), "train", directory, parse.GetValue(threshold), Console.Error, parse.GetValue(seed));
            Console.Out.WriteLine($"quotes: {r.Rows} (lemma, relation) rows and a classifier of {r.Weights} weights ({r.Candidates} candidates, {r.Positives} annotated) "
                + $"from {r.Articles} train articles ({r.Failed} failed; fingerprint {r.Fingerprint}) written to {directory}");
            return 0;
        }));
        return command;
    }
}
