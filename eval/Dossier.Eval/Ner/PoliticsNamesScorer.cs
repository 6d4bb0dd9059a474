using System.Text;
using System.Text.Json;
using Dossier.Entities;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Eval.Ner;

/// <summary>
/// <c>dossier eval names</c>: the whole entities component (tagger, type refinement, name repairs) on political text
/// it was not trained on — the CrossNER politics sentences of CrossRE (Wikipedia), where party, organisation and
/// politician names are dense ("the Italian Democratic Socialists", "Movement for the Left"). The ner scorer measures
/// the tagger alone on CoNLL-2003; this one measures what users see, on raw text through our own tokenizer.
/// <para>
/// Gold types map to Dossier's: politician and person to PERSON, politicalparty and organisation to ORG, country and
/// location to PLACE (our GPE and LOC). Elections, events, books and misc names have no counterpart (CrossNER's misc
/// mixes demonyms, ideologies and titles of works), so they are left out together with every predicted name that
/// overlaps one; predicted NORP and MISC names are left out too. A name counts when its characters and type match.
/// </para>
/// </summary>
public sealed class PoliticsNamesScorer : IScorer
{
    public string Name => "names";

    public string Description => "Names through the whole entities component on CrossRE politics (Wikipedia): exact-span P/R/F1 for PERSON, ORG, PLACE";

    public IReadOnlyList<ScorerInput> Inputs { get; } =
        [new("--crossre", "CrossRE JSON lines (sentence tokens, ner spans)", "relations/crossre/crossre_data/politics-dev.json")];

    private static readonly string[] Types = ["PERSON", "ORG", "PLACE"];

    public EvalReport Run(EvalContext context, CancellationToken cancellationToken = default)
    {
        string path = context.Input("--crossre");
        var pipeline = new PipelineBuilder().UseTokenizer().UseSentences().UseEntities().Build();
        var typed = Types.ToDictionary(t => t, _ => new PrfCounts());
        var spans = new PrfCounts();
        int sentences = 0;
        foreach (var line in File.ReadLines(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Length == 0) continue;
            var (text, gold, ignored) = Read(line);
            var document = pipeline.Process(Document.FromText(text), cancellationToken);
            var predicted = Predicted(document, ignored);
            foreach (var type in Types)
                typed[type] += Compare(gold.Where(g => g.Type == type).ToHashSet(), predicted.Where(p => p.Type == type).ToHashSet());
            spans += Compare(gold.Select(g => g with { Type = "" }).ToHashSet(), predicted.Select(p => p with { Type = "" }).ToHashSet());
            sentences++;
        }
        var report = new EvalReport(Name).UsedData(path);
        var all = new PrfCounts();
        foreach (var type in Types)
        {
            report.Prf(type, typed[type]);
            all += typed[type];
        }
        report.Prf("overall", all);
        report.Prf("spans", spans);
        return report.Line($"{sentences} sentences; 'spans' ignores the type");
    }

    private readonly record struct Span(int Start, int End, string Type);

    private static PrfCounts Compare(HashSet<Span> gold, HashSet<Span> predicted)
    {
        int tp = predicted.Count(gold.Contains);
        return new PrfCounts(tp, predicted.Count - tp, gold.Count - tp);
    }

    /// <summary>One sentence as text (tokens joined by spaces), its gold names and the spans of names we do not score.</summary>
    private static (string Text, List<Span> Gold, List<Span> Ignored) Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        var tokens = json.RootElement.GetProperty("sentence").EnumerateArray().Select(t => t.GetString() ?? "").ToList();
        var starts = new int[tokens.Count];
        var text = new StringBuilder();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0) text.Append(' ');
            starts[i] = text.Length;
            text.Append(tokens[i]);
        }
        List<Span> gold = [], ignored = [];
        foreach (var entity in json.RootElement.GetProperty("ner").EnumerateArray())
        {
            int first = entity[0].GetInt32(), last = entity[1].GetInt32();
            var name = new Span(starts[first], starts[last] + tokens[last].Length, Mapped(entity[2].GetString()));
            (name.Type.Length > 0 ? gold : ignored).Add(name);
        }
        return (text.ToString(), gold, ignored);
    }

    private static string Mapped(string? crossNerType) => crossNerType switch
    {
        "politician" or "person" => "PERSON",
        "politicalparty" or "organisation" => "ORG",
        "country" or "location" => "PLACE",
        _ => "",
    };

    private static List<Span> Predicted(Document document, List<Span> ignored)
    {
        var names = new List<Span>();
        foreach (var mention in document.Mentions.All())
        {
            string type = mention.Type switch
            {
                EntityType.Person => "PERSON",
                EntityType.Org => "ORG",
                EntityType.Gpe or EntityType.Loc => "PLACE",
                _ => "",
            };
            if (type.Length == 0 || mention.Kind == MentionKind.Value) continue;
            if (ignored.Exists(i => i.Start < mention.End && mention.Start < i.End)) continue;
            names.Add(new Span(mention.Start, mention.End, type));
        }
        return names;
    }
}
