using System.Globalization;
using System.Text;
using Dossier.Language;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Learns <see cref="SyntacticCueTable"/> from PolNeAR train (never dev or test): every verb with a complement
/// (ccomp, obj or xcomp after it, the first found in that order) is one occurrence of (lemma, relation); it is an
/// annotated one when the verb heads a gold cue whose gold content is exactly the complement's subtree.
/// </summary>
public static class SyntacticCueTrainer
{
    /// <summary>Rows seen fewer times than this are left out of the file (they would never pass the table's threshold).</summary>
    private const int MinRowOccurrences = SyntacticCueTable.MinOccurrences;

    public sealed record Result(int Articles, int Failed, int Rows, string Fingerprint);

    public static Result Train(string polnearRoot, string outputPath, TextWriter log)
    {
        var pipeline = DefaultPipeline.CreateBuilder().Build();
        var annotated = new Dictionary<(string, DependencyRelation), int>();
        var occurrences = new Dictionary<(string, DependencyRelation), int>();
        int articles = 0, failed = 0;
        uint fingerprint = 2166136261;
        foreach (var article in PolnearReader.ReadSplit(polnearRoot, "train"))
        {
            articles++;
            fingerprint = Fnv1a(fingerprint, article.Text);
            Document document;
            try
            {
                document = pipeline.Process(Document.FromText(article.Text));
            }
            catch (Diagnostics.DossierException ex)
            {
                failed++;
                log.WriteLine($"   {article.Name}: {ex.Error}");
                continue;
            }
            Count(document, article, annotated, occurrences);
        }
        var rows = occurrences.Where(p => p.Value >= MinRowOccurrences && annotated.GetValueOrDefault(p.Key) > 0)
            .OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2).ToList();
        var text = new StringBuilder();
        text.AppendLine("# Cue verbs learned from PolNeAR train by `dossier train quotes` (see models/quotes.md).");
        text.AppendLine(CultureInfo.InvariantCulture, $"# {articles} train articles ({failed} failed in the pipeline), text fingerprint {fingerprint:x8}.");
        text.AppendLine("# lemma\trelation\tannotated\toccurrences");
        foreach (var (key, all) in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"{key.Item1}\t{SyntaxLabels.Name(key.Item2)}\t{annotated.GetValueOrDefault(key)}\t{all}");
        File.WriteAllText(outputPath, text.ToString());
        return new Result(articles, failed, rows.Count, fingerprint.ToString("x8", CultureInfo.InvariantCulture));
    }

    private static void Count(Document document, PolnearArticle article, Dictionary<(string, DependencyRelation), int> annotated, Dictionary<(string, DependencyRelation), int> occurrences)
    {
        var syntax = document.Get<SyntaxLayer>();
        var tokens = document.Tokens;
        var goldContent = new Dictionary<int, List<TextSpan>>();
        foreach (var a in article.Attributions)
        {
            if (a.Cue.Count != 1 || tokens.ToTokenRange(a.Cue[0], SpanAlignment.Contract) is not { IsEmpty: false } cue) continue;
            int head = -1, heads = 0;
            for (int t = cue.Start; t < cue.End; t++)
            {
                if (!cue.Contains(syntax.HeadAt(t))) { head = t; heads++; }
            }
            if (heads == 1) goldContent[head] = [.. a.Content.Select(c => Trim(article.Text, c))];
        }
        for (int h = 0; h < syntax.Count; h++)
        {
            if (syntax.PosAt(h) != UniversalPos.Verb) continue;
            foreach (var relation in SyntacticArguments.ContentRelations)
            {
                int complement = SyntacticArguments.ComplementAfter(syntax, h, relation);
                if (complement < 0) continue;
                var key = (syntax.LemmaAt(h), relation);
                occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
                var range = SyntacticArguments.TrimmedSubtree(syntax, document.Text, complement);
                if (!range.IsEmpty && goldContent.TryGetValue(h, out var gold) && gold.Contains(tokens.SpanOf(range)))
                    annotated[key] = annotated.GetValueOrDefault(key) + 1;
                break;
            }
        }
    }

    /// <summary>FNV-1a over the UTF-16 units: a fingerprint that is the same in every run (string hashes are randomised).</summary>
    private static uint Fnv1a(uint hash, string text)
    {
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return hash;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int a = span.Start, b = span.End;
        while (a < b && (char.IsWhiteSpace(text[a]) || text[a] == '\uFEFF')) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return new TextSpan(a, b);
    }
}
