using System.Globalization;
using System.Text;
using Dossier.Language;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Learns <see cref="SyntacticCueTable"/> from PolNeAR train (never dev or test): every verb with a complement
/// (ccomp, obj or xcomp after it, the first found in that order; and each oblique or adverbial clause opened by a
/// preposition, as "obl/for") is one occurrence of (lemma, complement); it is an
/// annotated one when the verb heads a gold cue whose gold content is exactly the complement's subtree.
/// </summary>
public static class SyntacticCueTrainer
{
    /// <summary>Rows seen fewer times than this are left out of the file (they would never pass the table's threshold).</summary>
    private const int MinRowOccurrences = SyntacticCueTable.MinOccurrences;

    /// <summary>Counts of (lemma, complement) occurrences and annotated uses.</summary>
    public sealed class Counts
    {
        public Dictionary<(string, string), int> Annotated { get; } = [];
        public Dictionary<(string, string), int> Occurrences { get; } = [];

        public void Add(Counts other)
        {
            foreach (var (k, v) in other.Annotated) Annotated[k] = Annotated.GetValueOrDefault(k) + v;
            foreach (var (k, v) in other.Occurrences) Occurrences[k] = Occurrences.GetValueOrDefault(k) + v;
        }
    }

    /// <summary>One parsed train article with its gold attributions.</summary>
    public sealed record Parsed(Document Document, PolnearArticle Article);

    /// <summary>Every article of <paramref name="split"/> through the default pipeline (those it rejects are logged and left out).</summary>
    public static (List<Parsed> Articles, int Failed, string Fingerprint) ParseSplit(string polnearRoot, string split, TextWriter log)
    {
        var pipeline = DefaultPipeline.CreateBuilder().Build();
        var parsed = new List<Parsed>();
        int failed = 0;
        uint fingerprint = 2166136261;
        foreach (var article in PolnearReader.ReadSplit(polnearRoot, split))
        {
            fingerprint = Fnv1a(fingerprint, article.Text);
            try
            {
                parsed.Add(new Parsed(pipeline.Process(Document.FromText(article.Text)), article));
            }
            catch (Diagnostics.DossierException ex)
            {
                failed++;
                log.WriteLine($"   {article.Name}: {ex.Error}");
            }
        }
        return (parsed, failed, fingerprint.ToString("x8", CultureInfo.InvariantCulture));
    }

    /// <summary>The table's counts over some parsed articles.</summary>
    public static Counts CountAll(IEnumerable<Parsed> articles)
    {
        var counts = new Counts();
        foreach (var p in articles) Count(p.Document, p.Article, counts.Annotated, counts.Occurrences);
        return counts;
    }

    /// <summary>The table file's text: rows seen at least <see cref="MinRowOccurrences"/> times with an annotated use.</summary>
    public static (string Text, int Rows) TableText(Counts counts, string header)
    {
        var rows = counts.Occurrences.Where(p => p.Value >= MinRowOccurrences && counts.Annotated.GetValueOrDefault(p.Key) > 0)
            .OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine("# Cue verbs learned from PolNeAR train by `dossier train quotes` (see models/quotes.md).");
        text.AppendLine(header);
        text.AppendLine("# lemma\trelation\tannotated\toccurrences");
        foreach (var (key, all) in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"{key.Item1}\t{key.Item2}\t{counts.Annotated.GetValueOrDefault(key)}\t{all}");
        return (text.ToString(), rows.Count);
    }

    private static void Count(Document document, PolnearArticle article, Dictionary<(string, string), int> annotated, Dictionary<(string, string), int> occurrences)
    {
        var syntax = document.Get<SyntaxLayer>();
        var tokens = document.Tokens;
        var goldContent = new Dictionary<int, List<TextSpan>>();
        foreach (var a in article.Attributions)
        {
            if (a.Cue.Count != 1 || tokens.ToTokenRange(a.Cue[0], SpanAlignment.Contract) is not { IsEmpty: false } cue) continue;
            // The cue's head is its first word attached outside it: "said" in "has said", "called" in "called for".
            int head = -1;
            for (int t = cue.Start; t < cue.End && head < 0; t++)
            {
                if (!cue.Contains(syntax.HeadAt(t))) head = t;
            }
            if (head >= 0) goldContent[head] = [.. a.Content.Select(c => Trim(article.Text, c))];
        }
        for (int h = 0; h < syntax.Count; h++)
        {
            if (syntax.PosAt(h) != UniversalPos.Verb) continue;
            goldContent.TryGetValue(h, out var gold);
            var lemma = syntax.LemmaAt(h);
            // The first plain complement, and every oblique or adverbial clause opened by a preposition, each a row of its own.
            foreach (var relation in SyntacticArguments.ContentRelations)
            {
                var found = SyntacticArguments.Find(syntax, document.Text, h, new CueComplement(relation, null));
                if (found.Node < 0) continue;
                Add(new CueComplement(relation, null), found);
                break;
            }
            foreach (var (_, kind) in SyntacticArguments.MarkedComplements(syntax, h))
                Add(kind, SyntacticArguments.Find(syntax, document.Text, h, kind));
            // "took some shots at", "voiced concerns over": an object and a preposition closing the cue, as "obj/at".
            var phrase = SyntacticArguments.FindObjectPhrase(syntax, document.Text, h, null);
            if (!phrase.IsEmpty)
                Add(new CueComplement(DependencyRelation.Obj, tokens.TextAt(phrase.Content.Start - 1).ToString().ToLowerInvariant()), phrase);

            void Add(CueComplement kind, SyntacticArguments.Found found)
            {
                var key = (lemma, kind.ToString());
                occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
                if (!found.IsEmpty && gold is not null && gold.Contains(tokens.SpanOf(found.Content)))
                    annotated[key] = annotated.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>FNV-1a over the UTF-16 units: a fingerprint that is the same in every run (string hashes are randomised).</summary>
    private static uint Fnv1a(uint hash, string text)
    {
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return hash;
    }

    /// <summary>A gold span without the white space (and byte-order mark) at its edges.</summary>
    internal static TextSpan Trim(string text, TextSpan span)
    {
        int a = span.Start, b = span.End;
        while (a < b && (char.IsWhiteSpace(text[a]) || text[a] == '\uFEFF')) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return new TextSpan(a, b);
    }
}
