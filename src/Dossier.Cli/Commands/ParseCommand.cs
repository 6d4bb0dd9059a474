using System.CommandLine;
using System.Globalization;
using Dossier.Language;
using Dossier.Language.Conllu;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier parse --conllu FILE</c>: reads gold words and sentences from CoNLL-U and writes the same file to
/// standard output (or --out) with predicted UPOS, XPOS, LEMMA, HEAD and DEPREL, so any CoNLL-U evaluator can
/// score it. FEATS and DEPS become "_" (not predicted); empty nodes are left out.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var command = new Command("parse", "Tag, lemmatise and parse the words of a CoNLL-U file; write CoNLL-U with the predictions.");
        var input = new Option<string>("--conllu") { Description = "The CoNLL-U file to read (its words and sentences are kept).", Required = true };
        var output = new Option<string?>("--out") { Description = "Write here instead of standard output." };
        var model = new Option<string?>("--model") { Description = "The syntax model (default: models/syntax.model)." };
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(model);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var syntax = SyntaxModel.Load(parse.GetValue(model) ?? SyntaxModel.DefaultPath);
            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output);
            using var writer = outPath is null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(outPath);
            int errors = 0, sentences = 0;
            foreach (var sentence in ConlluReader.Read(path, e => { errors++; Console.Error.WriteLine($"dossier: {e}"); }))
            {
                Write(writer, sentence, PredictedSentence.Analyze(syntax, sentence.Forms));
                sentences++;
            }
            return sentences == 0 && errors > 0 ? Cli.Failed : 0;
        }));
        return command;
    }

    private static void Write(TextWriter writer, ConlluSentence sentence, PredictedSentence predicted)
    {
        int word = 0;
        for (int line = 0; line < sentence.Lines.Length; line++)
        {
            string text = sentence.Lines[line];
            if (word < sentence.Count && sentence.WordLines[word] == line)
            {
                var columns = text.Split('\t');
                columns[2] = predicted.Lemmas[word];
                columns[3] = SyntaxLabels.Name(predicted.Pos[word]);
                columns[4] = SyntaxLabels.Name(predicted.Tags[word]);
                columns[5] = "_";
                columns[6] = (predicted.Heads[word] + 1).ToString(CultureInfo.InvariantCulture);
                columns[7] = SyntaxLabels.Name(predicted.Relations[word]);
                columns[8] = "_";
                writer.WriteLine(string.Join('\t', columns));
                word++;
            }
            else if (!IsEmptyNode(text))
            {
                writer.WriteLine(text);
            }
        }
        writer.WriteLine();
    }

    private static bool IsEmptyNode(string line)
    {
        int tab = line.IndexOf('\t', StringComparison.Ordinal);
        return !line.StartsWith('#') && tab > 0 && line.AsSpan(0, tab).Contains('.');
    }
}
