using System.Collections.Frozen;
using System.Reflection;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// The reporting-cue lexicon: several hundred lemmas (Resources/cues.tsv) expanded into every inflection.
/// Lookups are by lower-cased word form; multi-word cues ("pointed out") are matched on their head word and
/// then checked for their particles.
/// </summary>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, (CueEntry Entry, CueForm Form)[]> _byForm;

    private CueLexicon(Dictionary<string, List<(CueEntry, CueForm)>> byForm) =>
        _byForm = byForm.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Item1.Particles.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    public int FormCount => _byForm.Count;

    public static CueLexicon Default { get; } = Load();

    /// <summary>Parses the lexicon format of Resources/cues.tsv.</summary>
    public static CueLexicon Parse(TextReader reader)
    {
        var byForm = new Dictionary<string, List<(CueEntry, CueForm)>>(StringComparer.OrdinalIgnoreCase);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            var words = cols[0].Split(' ');
            var flags = cols.Length > 2 ? cols[2].Split(',') : [];
            var cls = cols[1] switch { "belief" => CueClass.Belief, "feeling" => CueClass.Feeling, _ => CueClass.Speech };
            var entry = new CueEntry(cols[0], cls, flags.Contains("inv"), flags.Contains("obj"), flags.Contains("weak"), flags.Contains("nocl"))
            {
                Particles = words[1..],
                ObjectContent = flags.Contains("np"),
                Infinitive = flags.Contains("inf"),
            };
            string[] forms = cols.Length > 3 && cols[3].Length > 0
                ? [.. cols[3].Split(',').Select(f => f.Split(' ')[0])]
                : EnglishInflection.Forms(words[0]);
            for (int k = 0; k < forms.Length; k++)
            {
                // "-" marks a form that is too often a noun to be a cue ("states", "email", "remarks").
                if (forms[k] == "-") continue;
                if (!byForm.TryGetValue(forms[k], out var list)) byForm[forms[k]] = list = [];
                var form = (CueForm)k;
                // "said" is both past and participle: keep the past reading, the extractor checks for passives itself.
                if (!list.Exists(e => ReferenceEquals(e.Item1, entry))) list.Add((entry, form));
            }
        }
        return new CueLexicon(byForm);
    }

    private static CueLexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dossier.Quotes.cues.tsv")
            ?? throw new InvalidOperationException("the cue lexicon resource is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public bool IsCueWord(ReadOnlySpan<char> word) => _byForm.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>The cue whose head is token <paramref name="index"/>, longest particles first; null when none.</summary>
    public CueMatch? Match(TokenLayer tokens, int index)
    {
        if (!_byForm.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.TextAt(index), out var entries)) return null;
        foreach (var (entry, form) in entries)
        {
            int end = index + 1;
            bool ok = true;
            foreach (var particle in entry.Particles)
            {
                if (end < tokens.Count && tokens.TextAt(end).Equals(particle, StringComparison.OrdinalIgnoreCase)) end++;
                else { ok = false; break; }
            }
            if (ok) return new CueMatch(entry, index, end, form);
        }
        return null;
    }
}
