using System.Globalization;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// `dossier eval quotes`: attribution spans on the PolNeAR dev split (see eval/README.md for the method).
/// Source, cue and content are scored as spans, exact and by token overlap; pronoun sources are checked for
/// speaker resolution against the nearest earlier named source of the gold annotation.
/// </summary>
public sealed class QuotesScorer(Func<string, Document>? analyse = null, string split = "dev") : IScorer
{
    public string Name => "quotes";

    public string Description => "quotations (source, cue, content) on PolNeAR " + split;

    public IReadOnlyList<ScorerInput> Inputs { get; } =
        [new ScorerInput("--polnear", "the PolNeAR folder (holding data/dev)", "polnear")];

    public EvalReport Run(EvalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = context.Input("--polnear");
        var analyseDocument = analyse ?? DefaultAnalyser();
        var report = new EvalReport(Name);
        var dataDir = Directory.Exists(Path.Combine(root, "data")) ? Path.Combine(root, "data") : root;
        report.UsedData(Path.Combine(dataDir, split));
        SpanScore source = new(), cue = new(), content = new();
        var pronouns = new PronounResolutionScore();
        var boundaries = new ContentBoundaryDiagnostic();
        int articles = 0, gold = 0, predicted = 0, failed = 0;
        foreach (var article in PolnearReader.ReadSplit(root, split))
        {
            cancellationToken.ThrowIfCancellationRequested();
            articles++;
            QuoteLayer quotes;
            Document document;
            try
            {
                document = analyseDocument(article.Text);
                quotes = document.Get<QuoteLayer>();
            }
            catch (Diagnostics.DossierException ex)
            {
                // An upstream component failing on one article costs that article's recall, never the whole run.
                failed++;
                context.Log.WriteLine($"   {article.Name}: {ex.Error}");
                quotes = QuoteLayer.Create([]);
                document = Document.FromText(article.Text);
            }
            var words = new WordIndex(article.Text);
            var predictions = PolnearView.Attributions(quotes);
            gold += article.Attributions.Count;
            predicted += predictions.Count;
            source.Add(words, article.Attributions.SelectMany(a => a.Source), predictions.SelectMany(p => p.Source));
            cue.Add(words, article.Attributions.SelectMany(a => a.Cue), predictions.SelectMany(p => p.Cue));
            content.Add(words, article.Attributions.SelectMany(a => a.Content), predictions.SelectMany(p => p.Content));
            pronouns.Add(article, quotes);
            if (document.Has<SentenceLayer>()) boundaries.Add(document, article.Attributions, predictions);
        }
        report.Line(string.Create(CultureInfo.InvariantCulture, $"{articles} articles ({failed} failed in the pipeline and count as finding nothing), {gold} gold attributions, {predicted} predicted"));
        Add(report, "source", source);
        Add(report, "cue", cue);
        Add(report, "content", content);
        report.Metric("pronoun.accuracy", pronouns.Accuracy);
        report.Line(string.Create(CultureInfo.InvariantCulture, $"{"pronoun sources",-28} resolved {pronouns.Correct}/{pronouns.Found} to the gold antecedent (accuracy {pronouns.Accuracy:0.0000}); {pronouns.Found} of {pronouns.Gold} gold pronoun sources found"));
        foreach (var line in boundaries.Lines()) report.Line(line);
        return report;
    }

    private static void Add(EvalReport report, string role, SpanScore score)
    {
        // Only F1 is gated: precision and recall trade against each other as the rules grow.
        var exact = score.Exact;
        report.Metric(role + ".exact.f1", exact.F1).Metric(role + ".overlap.f1", score.OverlapF1);
        report.Line(string.Create(CultureInfo.InvariantCulture, $"{role + ".exact",-28} P {exact.Precision:0.0000}  R {exact.Recall:0.0000}  F1 {exact.F1:0.0000}  (tp {exact.TruePositives}, fp {exact.FalsePositives}, fn {exact.FalseNegatives})"));
        report.Line(string.Create(CultureInfo.InvariantCulture, $"{role + ".overlap",-28} P {score.OverlapPrecision:0.0000}  R {score.OverlapRecall:0.0000}  F1 {score.OverlapF1:0.0000}"));
    }

    /// <summary>The default pipeline with the quotes component, on each article's text as clean body text.</summary>
    public static Func<string, Document> DefaultAnalyser()
    {
        var pipeline = DefaultPipeline.CreateBuilder().UseQuotes().Build();
        return text => pipeline.Process(Document.FromText(text));
    }
}
