using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dossier.Diagnostics;
using Dossier.Eval;
using Dossier.Language;
using Dossier.Language.Training;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier train syntax</c>: trains the tagger, lemmatizer and parser on UD English (EWT and the CC BY part of
/// GUM), scores them on the dev files, and writes models/syntax.model with models/syntax.md saying how it was made.
/// </summary>
internal static class TrainSyntaxCommand
{
    private static readonly string[] TrainFiles = ["ud/en_ewt-ud-train.conllu", "ud/en_gum-ccby-ud-train.conllu"];
    private static readonly string[] DevFiles = ["ud/en_ewt-ud-dev.conllu", "ud/en_gum-ccby-ud-dev.conllu"];

    public static Command Create()
    {
        var command = new Command("syntax", "Train the part-of-speech tagger, lemmatizer and dependency parser on UD English.");
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: DOSSIER_DATA, else ../shared/data next to the repository)." };
        var output = new Option<string?>("--out") { Description = "Where to write the model (default: models/syntax.model in the repository)." };
        var seed = new Option<int>("--seed") { Description = "Random seed (shuffling, jackknife folds, exploration).", DefaultValueFactory = _ => 1 };
        var runs = new Option<int>("--runs") { Description = "Training runs with seeds seed, seed+1, …, averaged into one model (an ensemble at one model's cost); they train in parallel.", DefaultValueFactory = _ => 1 };
        var taggerPasses = new Option<int>("--tagger-passes") { Description = "1, or 2 for a second tagger pass that also sees the first pass's tags to the right.", DefaultValueFactory = _ => 2 };
        var taggerBackward = new Option<bool>("--tagger-backward") { Description = "Add a right-to-left tagger whose scores are added to the left-to-right one's (instead of a second pass; twice the tagging time)." };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Passes over the data for the tagger.", DefaultValueFactory = _ => 10 };
        var parserEpochs = new Option<int>("--parser-epochs") { Description = "Passes over the data for the parser.", DefaultValueFactory = _ => 15 };
        var folds = new Option<int>("--folds") { Description = "Jackknife folds for the parser's training tags.", DefaultValueFactory = _ => 5 };
        var clusters = new Option<string?>("--clusters") { Description = "Word clusters from `dossier train clusters` (default: models/word-clusters.tsv when it exists; \"none\" for none)." };
        var clustersFrom = new Option<string?>("--clusters-from") { Description = "Take the word clusters from this syntax model (e.g. the shipped models/syntax.model) instead of --clusters, so a retrain uses exactly the clusters it was made with." };
        var dropout = new Option<double>("--unknown-dropout") { Description = "Chance that a word seen once in training is shown as unknown.", DefaultValueFactory = _ => 0.0 };
        var taggerFeatures = new Option<int>("--tagger-features") { Description = "Features kept per tagger pass (the strongest).", DefaultValueFactory = _ => 200_000 };
        var parserFeatures = new Option<int>("--parser-features") { Description = "Features kept for the parser (the strongest).", DefaultValueFactory = _ => 600_000 };
        var compactFrom = new Option<string?>("--compact-from") { Description = "Do not train: shrink this model to the feature budgets, score it and write it to --out." };
        var averageOf = new Option<string[]>("--average-of") { Description = "Do not train: average these models (same data, different seeds), shrink to the feature budgets, score and write to --out.", AllowMultipleArgumentsPerToken = true };
        var lexiconFolds = new Option<int>("--lexicon-folds") { Description = "Folds for the tagger's training ambiguity classes (each sentence's counted on the other folds); 0 counts them on all the data.", DefaultValueFactory = _ => 10 };
        var taggerFor = new Option<string?>("--tagger-for") { Description = "Train only the tagger (--runs seeds averaged; one pass, or two directions with --tagger-backward) and put it into this model, keeping its lexicon's words and clusters, lemmatizer and parser; written to --out." };
        var minWeight = new Option<float>("--parser-min-weight") { Description = "Drop weights smaller than this from the parser's sparse rows in the finished model (0 keeps them all).", DefaultValueFactory = _ => 0.5f };
        var everyEpoch = new Option<bool>("--score-every-epoch") { Description = "Score the EWT dev file after every epoch (slower; for choosing epochs)." };
        foreach (var option in new Option[] { data, output, seed, runs, taggerPasses, taggerBackward, taggerEpochs, parserEpochs, folds, clusters, clustersFrom, dropout, taggerFeatures, parserFeatures, compactFrom, averageOf, lexiconFolds, taggerFor, minWeight, everyEpoch }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var root = EvalPaths.SharedData(parse.GetValue(data)) ?? throw new DossierException(Errors.EvalDataMissing(parse.GetValue(data) ?? "../shared/data"));
            var options = new SyntaxTrainingOptions
            {
                TrainFiles = [.. TrainFiles.Select(f => Path.Combine(root, f))],
                DevFiles = [.. DevFiles.Select(f => Path.Combine(root, f))],
                Seed = parse.GetValue(seed),
                Runs = parse.GetValue(runs),
                TaggerPasses = parse.GetValue(taggerPasses),
                TaggerBackward = parse.GetValue(taggerBackward),
                TaggerEpochs = parse.GetValue(taggerEpochs),
                TaggerLexiconFolds = parse.GetValue(lexiconFolds),
                ParserEpochs = parse.GetValue(parserEpochs),
                JackknifeFolds = parse.GetValue(folds),
                ScoreEveryEpoch = parse.GetValue(everyEpoch),
                ClustersFile = parse.GetValue(clustersFrom) is null ? ClustersFile(parse.GetValue(clusters)) : null,
                ClustersFromModel = parse.GetValue(clustersFrom) is { } from ? (File.Exists(from) ? from : throw new DossierException(Errors.FileNotFound(from))) : null,
                UnknownWordDropout = parse.GetValue(dropout),
                MaxTaggerFeatures = parse.GetValue(taggerFeatures),
                MaxParserFeatures = parse.GetValue(parserFeatures),
                ParserMinWeight = parse.GetValue(minWeight),
            };
            // A retrained tagger uses the clusters of the model it goes into, and the fingerprint says so.
            if (parse.GetValue(taggerFor) is { } into)
                options = options with { ClustersFile = null, ClustersFromModel = File.Exists(into) ? into : throw new DossierException(Errors.FileNotFound(into)) };
            foreach (var file in options.TrainFiles.Concat(options.DevFiles))
            {
                if (!File.Exists(file)) throw new DossierException(Errors.EvalDataMissing(file));
            }
            var modelPath = parse.GetValue(output) ?? Path.Combine(EvalPaths.RepositoryRoot() ?? ".", "models", "syntax.model");
            string commandLine = Invariant($"dossier train syntax --seed {options.Seed}{(options.Runs > 1 ? $" --runs {options.Runs}" : "")}{(options.TaggerPasses != 2 ? $" --tagger-passes {options.TaggerPasses}" : "")}{(options.TaggerBackward ? " --tagger-backward" : "")} --tagger-epochs {options.TaggerEpochs} --parser-epochs {options.ParserEpochs} --folds {options.JackknifeFolds} --unknown-dropout {options.UnknownWordDropout} --tagger-features {options.MaxTaggerFeatures} --parser-features {options.MaxParserFeatures}")
                + (options.ClustersFromModel is not null ? $" --clusters-from {Path.GetFileName(options.ClustersFromModel)}"
                    : options.ClustersFile is null ? " --clusters none" : $" --clusters {Path.GetFileName(options.ClustersFile)}");
            commandLine += Invariant($" --lexicon-folds {options.TaggerLexiconFolds} --parser-min-weight {options.ParserMinWeight}");
            if (parse.GetValue(taggerFor) is { } retagged)
                commandLine = Invariant($"dossier train syntax --tagger-for {Path.GetFileName(retagged)} --seed {options.Seed} --runs {options.Runs}{(options.TaggerBackward ? " --tagger-backward" : "")} --tagger-epochs {options.TaggerEpochs} --lexicon-folds {options.TaggerLexiconFolds} --tagger-features {options.MaxTaggerFeatures}");
            if (parse.GetValue(averageOf) is { Length: > 0 } averaged)
                commandLine = Invariant($"dossier train syntax --average-of {string.Join(' ', averaged.Select(Path.GetFileName))} --tagger-passes {options.TaggerPasses} --tagger-features {options.MaxTaggerFeatures} --parser-features {options.MaxParserFeatures} --parser-min-weight {options.ParserMinWeight}");
            if (parse.GetValue(compactFrom) is { } compacted)
                commandLine = Invariant($"dossier train syntax --compact-from {Path.GetFileName(compacted)} --tagger-features {options.MaxTaggerFeatures} --parser-features {options.MaxParserFeatures} --parser-min-weight {options.ParserMinWeight}");
            string fingerprint = Fingerprint(options.ClustersFile is null ? options.TrainFiles : [.. options.TrainFiles, options.ClustersFile]);
            if (options.ClustersFromModel is not null)
                fingerprint += "; clusters (from the model, in key order) " + SyntaxTrainer.ClustersFingerprint(SyntaxTrainer.ClustersOf(options.ClustersFromModel));
            string description = Invariant($"{commandLine}; data {string.Join(", ", TrainFiles)} sha256 {fingerprint}; trained {DateTime.UtcNow:yyyy-MM-dd}");

            var result = parse.GetValue(taggerFor) is { } kept
                ? SyntaxTrainer.RetrainTagger(SyntaxModel.Load(kept), options, description, line => Console.Error.WriteLine(line))
                : parse.GetValue(averageOf) is { Length: > 0 } parts
                ? SyntaxTrainer.Compact(SyntaxTrainer.Average([.. parts.Select(SyntaxModel.Load)], description, options.MaxTaggerFeatures, options.MaxParserFeatures, options.TaggerPasses), options, line => Console.Error.WriteLine(line))
                : parse.GetValue(compactFrom) is { } source
                ? SyntaxTrainer.Compact(SyntaxModel.Load(source), options, line => Console.Error.WriteLine(line), Invariant($"{commandLine} ({DateTime.UtcNow:yyyy-MM-dd})"))
                : SyntaxTrainer.Train(options, description, line => Console.Error.WriteLine(line));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
            result.Model.Save(modelPath);
            var size = new FileInfo(modelPath).Length;
            Console.Out.WriteLine(Invariant($"wrote {modelPath} ({size / 1048576.0:0.0} MB) in {result.Elapsed:mm\\:ss}"));
            File.WriteAllText(Path.ChangeExtension(modelPath, ".md"), Card(commandLine, fingerprint, result, size));
            return 0;
        }));
        return command;
    }

    private static string? ClustersFile(string? given)
    {
        if (string.Equals(given, "none", StringComparison.Ordinal)) return null;
        if (given is not null) return File.Exists(given) ? given : throw new DossierException(Errors.FileNotFound(given));
        var shipped = Path.Combine(EvalPaths.RepositoryRoot() ?? ".", "models", "word-clusters.tsv");
        return File.Exists(shipped) ? shipped : null;
    }

    private static string Card(string commandLine, string fingerprint, SyntaxTrainer.Result result, long size)
    {
        var card = new StringBuilder();
        card.AppendLine("# syntax.model — tagger, lemmatizer and dependency parser for English");
        card.AppendLine();
        card.AppendLine("Made by `dossier train syntax` (src/Dossier.Cli/Commands/TrainSyntaxCommand.cs); see docs/syntax.md for the design.");
        card.AppendLine();
        card.AppendLine(Invariant($"- command: `{commandLine}`"));
        card.AppendLine(Invariant($"- data: {string.Join(", ", TrainFiles.Select(f => "`" + f + "`"))} from the shared data folder; SHA-256 of the files: `{fingerprint}`"));
        card.AppendLine(Invariant($"- training: {result.TrainSentences:N0} sentences, {result.TrainWords:N0} words (hyphen-merged copies included), {result.Elapsed:mm\\:ss} on this machine"));
        card.AppendLine(Invariant($"- date: {DateTime.UtcNow:yyyy-MM-dd}; size {size / 1048576.0:0.0} MB"));
        card.AppendLine();
        card.AppendLine("Scores on the development files (gold tokens; every word counted, punctuation included; LAS on universal relations):");
        card.AppendLine();
        card.AppendLine("| file | UPOS | XPOS | lemma | UAS | LAS | LAS with subtypes |");
        card.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (file, a) in result.DevScores)
            card.AppendLine(Invariant($"| {Path.GetFileName(file)} | {100 * a.Pos:0.00} | {100 * a.Tag:0.00} | {100 * a.Lemma:0.00} | {100 * a.Uas:0.00} | {100 * a.Las:0.00} | {100 * a.FullLas:0.00} |"));
        card.AppendLine();
        card.AppendLine("Credits: trained on Universal Dependencies English EWT (CC BY-SA 4.0; © The Board of Trustees of the Leland Stanford");
        card.AppendLine("Junior University; texts from the LDC English Web Treebank) and the CC BY 4.0 genres of GUM (Zeldes 2017, the GUM");
        card.AppendLine("annotators, and the texts' sources: Wikinews, Wikivoyage, Wikipedia-based biographies, interviews, speeches, vlogs,");
        card.AppendLine("textbooks and conversations). No treebank text is part of this model, only weights and word hashes.");
        return card.ToString();
    }

    private static string Fingerprint(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
