using System.Globalization;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Eval.Segmentation;

/// <summary>
/// Tokens and sentence boundaries against Universal Dependencies dev treebanks (EWT: web text; GUM: news,
/// interviews, biographies…). Tokens: exact-span P/R/F1 per sentence text. Sentences: each paragraph's sentences
/// are joined by a space and split again; boundary P/R/F1 (paragraph ends do not count). Our tokens keep
/// hyphenated words whole where UD splits them, so token F1 measures the agreement the syntax models see.
/// </summary>
public sealed class SegmentationScorer : IScorer
{
    /// <summary>How many of the most frequent disagreements to list in the report.</summary>
    private const int DisagreementsShown = 8;

    public string Name => "segmentation";

    public string Description => "Tokens and sentence boundaries against UD English EWT and GUM dev";

    public IReadOnlyList<ScorerInput> Inputs { get; } =
    [
        new("--ewt", "UD English EWT dev (CoNLL-U)", "ud/en_ewt-ud-dev.conllu"),
        new("--gum", "UD English GUM dev (CoNLL-U)", "ud/en_gum-ccby-ud-dev.conllu"),
    ];

    public EvalReport Run(EvalContext context, CancellationToken cancellationToken = default)
    {
        var report = new EvalReport(Name);
        foreach (var (option, name) in new[] { ("--ewt", "ewt"), ("--gum", "gum") })
        {
            string path = context.Input(option);
            report.UsedData(path);
            var paragraphs = UdReader.Read(path);
            cancellationToken.ThrowIfCancellationRequested();
            var missed = new Dictionary<string, int>(StringComparer.Ordinal);
            report.Prf(name + ".tokens", ScoreTokens(paragraphs, missed, out int unaligned));
            report.Prf(name + ".sentences", ScoreSentences(paragraphs));
            report.Line(string.Create(CultureInfo.InvariantCulture, $"  {name}: {paragraphs.Count} paragraphs; {unaligned} sentence(s) whose gold tokens do not spell their text were left out of the token score"));
            report.Line($"  {name}: gold tokens we do not produce, most frequent: " +
                string.Join(", ", missed.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Take(DisagreementsShown).Select(m => $"{m.Key} ×{m.Value}")));
        }
        return report;
    }

    private static PrfCounts ScoreTokens(IReadOnlyList<UdParagraph> paragraphs, Dictionary<string, int> missed, out int unaligned)
    {
        var counts = new PrfCounts(0, 0, 0);
        unaligned = 0;
        foreach (var paragraph in paragraphs)
        {
            for (int s = 0; s < paragraph.Sentences.Count; s++)
            {
                var gold = paragraph.Tokens[s];
                if (gold is null)
                {
                    unaligned++;
                    continue;
                }
                string text = paragraph.Sentences[s];
                var tokens = Tokenizer.Tokenize(text);
                var predicted = new HashSet<TextSpan>(Enumerable.Range(0, tokens.Count).Select(tokens.SpanAt));
                int truePositives = gold.Count(predicted.Contains);
                counts += new PrfCounts(truePositives, predicted.Count - truePositives, gold.Count - truePositives);
                foreach (var span in gold.Where(g => !predicted.Contains(g)))
                {
                    string key = text.Substring(span.Start, span.Length);
                    missed[key] = missed.GetValueOrDefault(key) + 1;
                }
            }
        }
        return counts;
    }

    private static PrfCounts ScoreSentences(IReadOnlyList<UdParagraph> paragraphs)
    {
        var counts = new PrfCounts(0, 0, 0);
        foreach (var paragraph in paragraphs)
        {
            string text = paragraph.Text;
            var gold = paragraph.SentenceEnds().ToHashSet();
            var spans = SentenceSplitter.SplitText(text);
            var predicted = spans.Take(spans.Count - 1).Select(span => span.End).ToHashSet();
            int truePositives = gold.Count(predicted.Contains);
            counts += new PrfCounts(truePositives, predicted.Count - truePositives, gold.Count - truePositives);
        }
        return counts;
    }
}
