using System.CommandLine;
using Dossier.Diagnostics;
using Dossier.Entities;
using Dossier.Entities.Training.Clusters;
using Dossier.Eval;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train clusters</c>: word clusters from the unlabelled news corpus, written to models/word-clusters.tsv.</summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var command = new Command("clusters", "Learn hierarchical word clusters from unlabelled news (JSON Lines with a text field).");
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: DOSSIER_DATA, else ../shared/data)." };
        var input = new Option<string[]>("--input") { Description = "JSON Lines files (default: every corpus/*.jsonl of the data folder).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output") { Description = "Where to write the clusters (default: models/word-clusters.tsv of the repository)." };
        var defaults = new ClusterTraining.Options();
        var minCount = new Option<int>("--min-count") { DefaultValueFactory = _ => defaults.MinCount, Description = "Cluster words seen at least this often." };
        var dimensions = new Option<int>("--dimensions") { DefaultValueFactory = _ => defaults.Dimensions, Description = "SVD dimensions of the word vectors." };
        var depth = new Option<int>("--depth") { DefaultValueFactory = _ => defaults.MaxDepth, Description = "Deepest level of the cluster tree (bits of a path)." };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => defaults.Seed, Description = "Random seed." };
        foreach (var option in new Option[] { data, input, output, minCount, dimensions, depth, seed }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var files = parse.GetValue(input) ?? [];
            if (files.Length == 0)
            {
                var root = EvalPaths.SharedData(parse.GetValue(data)) ?? throw new DossierException(Errors.EvalDataMissing("corpus/*.jsonl"));
                files = [.. Directory.GetFiles(Path.Combine(root, "corpus"), "*.jsonl").Order(StringComparer.Ordinal)];
            }
            string path = parse.GetValue(output) ?? Path.Combine(EntityModelFiles.RepositoryModels() ?? "models", EntityModelFiles.Clusters);
            var options = defaults with { MinCount = parse.GetValue(minCount), Dimensions = parse.GetValue(dimensions), MaxDepth = parse.GetValue(depth), Seed = parse.GetValue(seed) };
            ClusterTraining.Run(files, path, options, Console.Out);
            return 0;
        }));
        return command;
    }
}
