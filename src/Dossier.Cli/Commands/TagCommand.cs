using System.CommandLine;
using Dossier.Entities;
using Dossier.Entities.Conll;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier tag --conll FILE</c>: writes the CoNLL file back with one more column, the predicted tag (CoNLL-2003's
/// four types, IOB2), so any CoNLL evaluator (conlleval) can score it.
/// </summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var command = new Command("tag", "Tag named entities in a CoNLL file: adds a column with the predicted tag (IOB2).");
        var conll = new Option<string>("--conll") { Description = "The CoNLL file (one token per line, -DOCSTART- lines between documents).", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write (default: standard output)." };
        var models = new Option<string?>("--models") { Description = "The models folder (default: the shipped models)." };
        command.Options.Add(conll);
        command.Options.Add(output);
        command.Options.Add(models);
        command.SetAction(parse => Cli.Guard(() =>
        {
            string path = parse.GetValue(conll)!;
            var tagger = NamedEntityTagger.Load(parse.GetValue(models));
            var documents = ConllReader.Read(path);
            var predicted = new Dictionary<int, string>();
            foreach (var document in documents)
            {
                var tags = tagger.TagConll(document);
                for (int s = 0; s < tags.Length; s++)
                {
                    var sentence = document.Sentences[s];
                    for (int w = 0; w < sentence.Count; w++) predicted[sentence.LineNumbers[w]] = tags[s][w];
                }
            }
            string? outputPath = parse.GetValue(output);
            using var writer = outputPath is null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(outputPath);
            int number = 0;
            foreach (var line in File.ReadLines(path))
            {
                if (predicted.TryGetValue(number, out var tag)) writer.WriteLine(line.TrimEnd() + " " + tag);
                else if (line.StartsWith(ConllReader.DocumentStart, StringComparison.Ordinal)) writer.WriteLine(line.TrimEnd() + " O");
                else writer.WriteLine(line);
                number++;
            }
            return 0;
        }));
        return command;
    }
}
