using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dossier.Entities.Conll;
using Dossier.Entities.Tagging;

namespace Dossier.Entities.Training;

/// <summary>
/// `dossier train ner`: trains the tagger on CoNLL files with the resources in the models folder (gazetteer,
/// word clusters), scores it on the development file, and writes models/ner.model. Reproducible: the seed,
/// the options and the SHA-256 of every input are written into the model's description.
/// </summary>
public static class NerTraining
{
    public static ChunkScore Run(IReadOnlyList<string> trainFiles, string devFile, string modelsDirectory, NerTrainingOptions options, string command, TextWriter log)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var resources = NerResourceFiles.Load(modelsDirectory);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resources: {resources.Gazetteer.Count} gazetteer entries, {resources.Clusters.Count} clustered words"));
        var train = trainFiles.SelectMany(ConllReader.Read).Select(d => TrainingDocument.From(d, resources)).ToList();
        var dev = ConllReader.Read(devFile).Select(d => TrainingDocument.From(d, resources)).ToList();

        var description = new StringBuilder();
        description.AppendLine(CultureInfo.InvariantCulture, $"command: {command}");
        description.AppendLine(CultureInfo.InvariantCulture, $"options: {options}");
        foreach (var file in trainFiles.Append(devFile)
                     .Append(Path.Combine(modelsDirectory, EntityModelFiles.Gazetteer))
                     .Append(Path.Combine(modelsDirectory, EntityModelFiles.Clusters)))
        {
            if (File.Exists(file)) description.AppendLine(CultureInfo.InvariantCulture, $"sha256 {Sha256(file)[..16]} {Path.GetFileName(file)}");
        }

        var model = new NerTrainer(resources, options, log).Train(train, dev, description.ToString());
        var score = NerTrainer.Score(model, dev);
        description.AppendLine(CultureInfo.InvariantCulture, $"dev F1 {100 * score.OverallF1:0.00}; trained in {started.Elapsed.TotalMinutes:0.0} min on {DateTime.UtcNow:yyyy-MM-dd}");
        var final = new NerModel(model.Stages, resources, description.ToString());
        Directory.CreateDirectory(modelsDirectory);
        string path = Path.Combine(modelsDirectory, EntityModelFiles.Tagger);
        final.Save(path);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1048576.0:0.0} MB, {string.Join(" + ", model.Stages.Select(s => s.Count))} feature rows)"));
        log.Write(description.ToString());
        return score;
    }

    /// <summary>Compiles the gazetteer the tagger's features read from the shared data into the models folder.</summary>
    public static int BuildGazetteer(string dataRoot, string modelsDirectory) =>
        GazetteerCompiler.Write(dataRoot, Path.Combine(modelsDirectory, EntityModelFiles.Gazetteer));

    /// <summary>Builds the actor alias table (models/actor-aliases.tsv) from the shared data and the curated list.</summary>
    public static int BuildAliases(string dataRoot, string modelsDirectory) =>
        AliasCompiler.Write(dataRoot, Path.Combine(modelsDirectory, EntityModelFiles.Aliases));

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
