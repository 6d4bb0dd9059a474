using System.Globalization;
using System.Text;
using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// `dossier train quotes --held-out FILE`: the development loop that never touches dev. The table and classifier are
/// learned from the first <see cref="TrainArticles"/> train articles and the extractor is scored on the others, as
/// `dossier eval quotes` scores dev; every unit of the held-out articles goes to FILE (TSV: article, role, tp/fp/fn,
/// category, the unit's text, the overlapping unit of the other side, its sentence), and missed cues are counted by
/// why they were missed.
/// </summary>
public static class QuotesHeldOut
{
    /// <summary>The split used since the first classifier (models/quotes.md): 500 articles to learn, 340 to score.</summary>
    public const int TrainArticles = 500;

    public static void Run(string polnearRoot, string dumpPath, double threshold, TextWriter output, TextWriter log, int seed = LogisticRegressionTrainer.DefaultSeed)
    {
        var (parsed, _, _) = SyntacticCueTrainer.ParseSplit(polnearRoot, "train", log);
        // DOSSIER_HELDOUT_FIRST=1 scores the first articles instead of the last (a second fold, to check a change twice).
        var articles = Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_FIRST") == "1"
            ? [.. parsed.Skip(parsed.Count - TrainArticles), .. parsed.Take(parsed.Count - TrainArticles)]
            : parsed;
        var learn = articles.Take(TrainArticles).ToList();
        // DOSSIER_HELDOUT_MODEL=PATH keeps the learned table and classifier in PATH(.table) and reuses them, so that a
        // rule change is measured without the noise of a classifier retrained on a shifted candidate set.
        var cache = Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_MODEL");
        string tableText;
        CueClassifier classifier;
        if (cache is not null && File.Exists(cache))
        {
            tableText = File.ReadAllText(cache + ".table");
            using var reader = new StreamReader(cache);
            classifier = new CueClassifier(CueClassifier.Parse(reader).Weights, threshold);
        }
        else
        {
            (tableText, _, var examples) = QuotesModelTrainer.TableAndExamples(learn, "# held-out");
            var weights = LogisticRegressionTrainer.Train(examples, seed);
            classifier = new CueClassifier(weights, threshold);
            output.WriteLine($"classifier learned: {examples.Count} candidates ({examples.Count(e => e.Item2)} annotated), {weights.Count} weights, seed {seed}");
            if (cache is not null)
            {
                File.WriteAllText(cache + ".table", tableText);
                File.WriteAllText(cache, LogisticRegressionTrainer.Write(weights, threshold, CueClassifier.DefaultObjectThreshold, ["held-out"]));
            }
        }
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.Parse(new StringReader(tableText)), Classifier = classifier };
        // The cue extent model is learned from the same learn articles each run (DOSSIER_HELDOUT_EXTENT=0 leaves it out).
        if (Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_EXTENT") != "0")
        {
            var (extentWeights, about) = Extent(cache, "cue-extent", () => CueExtentTrainer.Train(learn, extractor));
            double extentThreshold = double.TryParse(Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_EXTENT_THRESHOLD"), CultureInfo.InvariantCulture, out var v) ? v : CueExtentTrainer.DefaultThreshold;
            extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = extractor.SyntacticCues, Classifier = classifier, CueExtent = new CueClassifier(extentWeights, extentThreshold) };
            output.WriteLine($"cue extent model: {about}; threshold {extentThreshold.ToString(CultureInfo.InvariantCulture)}");
        }
        // The content extent model likewise, over the attributions the fold's cue extent gives (DOSSIER_HELDOUT_CONTENT_EXTENT=0 leaves it out).
        if (Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_CONTENT_EXTENT") != "0")
        {
            var (contentWeights, about) = Extent(cache, "content-extent", () => ContentExtentTrainer.Train(learn, extractor));
            double contentThreshold = double.TryParse(Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_CONTENT_EXTENT_THRESHOLD"), CultureInfo.InvariantCulture, out var v) ? v : ContentExtentTrainer.DefaultThreshold;
            extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = extractor.SyntacticCues, Classifier = classifier, CueExtent = extractor.CueExtent, ContentExtent = new CueClassifier(contentWeights, contentThreshold) };
            output.WriteLine($"content extent model: {about}; threshold {contentThreshold.ToString(CultureInfo.InvariantCulture)}");
        }
        // The source extent model likewise, over the sources found with the cue and content extents (DOSSIER_HELDOUT_SOURCE=0 leaves it out).
        if (Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_SOURCE") != "0")
        {
            var (sourceWeights, about) = Extent(cache, "source-extent", () => SourceExtentTrainer.Train(learn, extractor));
            double sourceThreshold = double.TryParse(Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_SOURCE_THRESHOLD"), CultureInfo.InvariantCulture, out var v) ? v : SourceExtentTrainer.DefaultThreshold;
            extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = extractor.SyntacticCues, Classifier = classifier, CueExtent = extractor.CueExtent, ContentExtent = extractor.ContentExtent, SourceExtent = new CueClassifier(sourceWeights, sourceThreshold) };
            output.WriteLine($"source extent model: {about}; threshold {sourceThreshold.ToString(CultureInfo.InvariantCulture)}");
        }
        // The non-verb cue classifier last, over the fold's verb classifier, as the shipped extent models never saw its
        // attributions (DOSSIER_HELDOUT_NONVERB=0 leaves it out; DOSSIER_HELDOUT_NONVERB_THRESHOLD sets its threshold).
        CueClassifier? nonVerb = null;
        if (Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_NONVERB") != "0")
        {
            // DOSSIER_HELDOUT_NONVERB_MODEL=PATH keeps the fold's non-verb model and reuses it, as DOSSIER_HELDOUT_MODEL does.
            var nonVerbCache = Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_NONVERB_MODEL");
            Dictionary<string, float> nonVerbWeights;
            string about;
            if (nonVerbCache is not null && File.Exists(nonVerbCache))
            {
                using var reader = new StreamReader(nonVerbCache);
                nonVerbWeights = new Dictionary<string, float>(CueClassifier.Parse(reader).Weights);
                about = "reused " + nonVerbCache;
            }
            else
            {
                (nonVerbWeights, about) = NonVerbCueTrainer.Train(learn, extractor);
                if (nonVerbCache is not null) File.WriteAllText(nonVerbCache, LogisticRegressionTrainer.Write(nonVerbWeights, NonVerbCueModel.DefaultThreshold, NonVerbCueModel.DefaultThreshold, ["held-out"]));
            }
            double nonVerbThreshold = double.TryParse(Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_NONVERB_THRESHOLD"), CultureInfo.InvariantCulture, out var v) ? v : NonVerbCueModel.DefaultThreshold;
            nonVerb = new CueClassifier(nonVerbWeights, nonVerbThreshold, nonVerbThreshold);
            extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = extractor.SyntacticCues, Classifier = classifier, CueExtent = extractor.CueExtent, ContentExtent = extractor.ContentExtent, SourceExtent = extractor.SourceExtent, NonVerbClassifier = nonVerb };
            output.WriteLine($"non-verb cue model: {about}; threshold {nonVerbThreshold.ToString(CultureInfo.InvariantCulture)}");
        }
        SpanScore source = new(), cue = new(), content = new();
        var scoredNonVerb = new List<(double P, bool Annotated)>();
        var missedCues = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var boundaries = new ContentBoundaryDiagnostic();
        var scored = new List<(double P, bool Annotated)>();
        var pronouns = new PronounResolutionScore();
        using var dump = new StreamWriter(dumpPath, false, new UTF8Encoding(false));
        foreach (var p in articles.Skip(TrainArticles))
        {
            var text = p.Article.Text;
            var quotes = QuoteLayer.Create(extractor.Extract(p.Document));
            var predictions = PolnearView.Attributions(quotes);
            int resolved = pronouns.Resolutions.Count;
            pronouns.Add(p.Article, quotes);
            foreach (var r in pronouns.Resolutions.Skip(resolved))
                dump.WriteLine(string.Join('\t', p.Article.Name, "pronoun", r.Correct ? "tp" : "fp", r.Pronoun, r.Antecedent, r.Resolved ?? "", Clean(r.Context)));
            var words = new WordIndex(text);
            var gold = p.Article.Attributions;
            source.Add(words, gold.SelectMany(a => a.Source), predictions.SelectMany(x => x.Source));
            cue.Add(words, gold.SelectMany(a => a.Cue), predictions.SelectMany(x => x.Cue));
            content.Add(words, gold.SelectMany(a => a.Content), predictions.SelectMany(x => x.Content));
            var predictedContent = SpanScore.Normalise(text, predictions.SelectMany(x => x.Content));
            var recorded = extractor.Candidates(p.Document);
            foreach (var c in recorded) scored.Add((classifier.Probability(c.Features), QuotesModelTrainer.IsAnnotated(c, p.Article)));
            var candidates = recorded.Select(c => (c.Cue, classifier.Probability(c.Features), "candidate")).ToList();
            if (nonVerb is not null)
            {
                foreach (var c in extractor.NonVerbCandidates(p.Document))
                {
                    double probability = nonVerb.Probability(c.Features);
                    scoredNonVerb.Add((probability, NonVerbCueTrainer.IsExact(c, p.Article)));
                    candidates.Add((c.Cue, probability, "nonverb-candidate"));
                }
            }
            Dump(dump, p, "source", gold.SelectMany(a => a.Source), predictions.SelectMany(x => x.Source), predictedContent, null);
            Dump(dump, p, "cue", gold.SelectMany(a => a.Cue), predictions.SelectMany(x => x.Cue), predictedContent, missedCues, candidates);
            Dump(dump, p, "content", gold.SelectMany(a => a.Content), predictions.SelectMany(x => x.Content), predictedContent, null);
            foreach (var miss in boundaries.Add(p.Document, gold, predictions))
                dump.WriteLine(string.Join('\t', p.Article.Name, "boundary", "fp", miss.Class, Clean(miss.Predicted), Clean(miss.Gold), Clean(miss.Context)));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out train ({articles.Count - learn.Count} articles; model from {learn.Count}):"));
        foreach (var (role, score) in new[] { ("source", source), ("cue", cue), ("content", content) })
        {
            var e = score.Exact;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {role,-8} exact P {e.Precision:0.0000} R {e.Recall:0.0000} F1 {e.F1:0.0000} (tp {e.TruePositives}, fp {e.FalsePositives}, fn {e.FalseNegatives})  overlap F1 {score.OverlapF1:0.0000}"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pronoun sources resolved {pronouns.Correct}/{pronouns.Found} (accuracy {pronouns.Accuracy:0.0000}); {pronouns.Found} of {pronouns.Gold} found"));
        output.WriteLine("  " + CandidateQuality(scored, threshold));
        // Against the label the non-verb classifier learns: PolNeAR has exactly the candidate's cue.
        if (nonVerb is not null) output.WriteLine("  non-verb " + CandidateQuality(scoredNonVerb, nonVerb.Threshold));
        foreach (var line in boundaries.Lines()) output.WriteLine("  " + line);
        output.WriteLine("  missed cues: " + string.Join(", ", missedCues.Select(kv => $"{kv.Key} {kv.Value}")));
    }

    /// <summary>
    /// An extent model learned on the learn articles; with DOSSIER_HELDOUT_FREEZE_EXTENTS=1 and DOSSIER_HELDOUT_MODEL set,
    /// kept beside the classifier (PATH.NAME) and reused, so that a rule change is measured without the extent models
    /// re-learned over the changed drafts (their retraining alone moves a fold by a few units).
    /// </summary>
    private static (Dictionary<string, float> Weights, string About) Extent(string? cache, string name, Func<(Dictionary<string, float>, string)> train)
    {
        if (cache is null || Environment.GetEnvironmentVariable("DOSSIER_HELDOUT_FREEZE_EXTENTS") != "1") return train();
        var path = cache + "." + name;
        if (File.Exists(path))
        {
            using var reader = new StreamReader(path);
            return (new Dictionary<string, float>(CueClassifier.Parse(reader).Weights), "frozen " + path);
        }
        var (weights, about) = train();
        File.WriteAllText(path, LogisticRegressionTrainer.Write(weights, 0.5, 0.5, ["held-out " + name]));
        return (weights, about);
    }

    /// <summary>
    /// How well the classifier ranks the held-out candidates on their own (the training label, before the rules decide
    /// what a candidate becomes): ROC AUC, mean log-loss, and precision/recall at the threshold. Free of the extraction's
    /// interplay, so a feature change shows here first.
    /// </summary>
    private static string CandidateQuality(List<(double P, bool Annotated)> scored, double threshold)
    {
        int positives = scored.Count(s => s.Annotated), negatives = scored.Count - positives;
        double rankSum = 0, logLoss = 0;
        var ordered = scored.OrderBy(s => s.P).ToList();
        for (int i = 0; i < ordered.Count;)
        {
            int j = i;
            while (j < ordered.Count && ordered[j].P == ordered[i].P) j++;
            double rank = (i + j + 1) / 2.0;
            for (int k = i; k < j; k++)
            {
                if (ordered[k].Annotated) rankSum += rank;
            }
            i = j;
        }
        foreach (var (p, annotated) in scored) logLoss -= Math.Log(Math.Clamp(annotated ? p : 1 - p, 1e-9, 1));
        double auc = positives == 0 || negatives == 0 ? 0 : (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
        int tp = scored.Count(s => s.Annotated && s.P >= threshold), accepted = scored.Count(s => s.P >= threshold);
        return string.Create(CultureInfo.InvariantCulture,
            $"candidates {scored.Count} ({positives} annotated): AUC {auc:0.0000}, log-loss {logLoss / Math.Max(1, scored.Count):0.0000}, at {threshold}: P {(double)tp / Math.Max(1, accepted):0.000} R {(double)tp / Math.Max(1, positives):0.000}");
    }

    private static void Dump(StreamWriter dump, SyntacticCueTrainer.Parsed p, string role, IEnumerable<TextSpan> goldSpans, IEnumerable<TextSpan> predictedSpans,
        List<TextSpan> predictedContent, SortedDictionary<string, int>? missed, List<(TextSpan Cue, double P, string Kind)>? candidates = null)
    {
        var text = p.Article.Text;
        var gold = SpanScore.Normalise(text, goldSpans);
        var predicted = SpanScore.Normalise(text, predictedSpans);
        foreach (var g in gold)
        {
            bool found = predicted.Contains(g);
            var other = predicted.Where(x => x.Overlaps(g)).Select(x => (TextSpan?)x).FirstOrDefault();
            string category = found ? "" : MissCategory(p.Document, g, other, predictedContent);
            if (!found && candidates?.FirstOrDefault(c => c.Cue.Overlaps(g)) is { Cue.IsEmpty: false } candidate)
                category += string.Create(CultureInfo.InvariantCulture, $" {candidate.Kind}-{Math.Floor(candidate.P * 10) / 10:0.0}");
            if (!found && missed is not null) missed[category] = missed.GetValueOrDefault(category) + 1;
            Line(dump, p, role, found ? "tp" : "fn", category, g, other);
        }
        foreach (var x in predicted.Where(x => !gold.Contains(x)))
            Line(dump, p, role, "fp", "", x, gold.Where(g => g.Overlaps(x)).Select(g => (TextSpan?)g).FirstOrDefault());
    }

    /// <summary>Why a gold unit was missed: a prediction overlaps it (extent), it lies inside predicted content, or the part of speech of its first word.</summary>
    private static string MissCategory(Document document, TextSpan gold, TextSpan? overlapping, List<TextSpan> predictedContent)
    {
        if (overlapping is not null) return "extent";
        if (predictedContent.Exists(c => c.Start <= gold.Start && gold.End <= c.End)) return "inside-content";
        if (!document.Has<SyntaxLayer>()) return "other";
        var syntax = document.Get<SyntaxLayer>();
        var range = document.Get<TokenLayer>().ToTokenRange(gold, SpanAlignment.Expand);
        if (range is not { } r || r.Length == 0) return "other";
        int head = r.Start;
        for (int t = r.Start; t < r.End; t++)
        {
            if (!r.Contains(syntax.HeadAt(t))) { head = t; break; }
        }
        string why = "";
        if (syntax.PosAt(head) == UniversalPos.Verb)
        {
            bool complement = SyntacticArguments.ContentRelations.Any(rel => SyntacticArguments.ComplementAfter(syntax, head, rel) >= 0)
                || SyntacticArguments.MarkedComplements(syntax, head).Count > 0;
            why = SyntacticArguments.SubjectOf(syntax, head) < 0 ? "/nosubj" : !complement ? "/nocomp" : "/other";
            why += "/" + SyntaxLabels.Name(syntax.RelationAt(head).Universal());
        }
        return "pos-" + syntax.PosAt(r.Start).ToString().ToLowerInvariant() + "/head-" + syntax.PosAt(head).ToString().ToLowerInvariant() + why;
    }

    private static void Line(StreamWriter dump, SyntacticCueTrainer.Parsed p, string role, string status, string category, TextSpan span, TextSpan? other)
    {
        var text = p.Article.Text;
        dump.Write(p.Article.Name);
        dump.Write('\t');
        dump.Write(role);
        dump.Write('\t');
        dump.Write(status);
        dump.Write('\t');
        dump.Write(category);
        dump.Write('\t');
        dump.Write(Clean(text[span.Start..span.End]));
        dump.Write('\t');
        dump.Write(other is { } o ? Clean(text[o.Start..o.End]) : "");
        dump.Write('\t');
        dump.WriteLine(Clean(SentenceAround(p.Document, span)));
    }

    private static string SentenceAround(Document document, TextSpan span)
    {
        var sentences = document.Get<SentenceLayer>();
        int start = span.Start, end = span.End;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences.SpanAt(i);
            if (s.End <= span.Start || s.Start >= span.End) continue;
            start = Math.Min(start, s.Start);
            end = Math.Max(end, s.End);
        }
        end = Math.Min(end, start + 600);
        return document.Text[start..end];
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
