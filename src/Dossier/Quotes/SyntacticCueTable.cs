using System.Collections.Frozen;
using System.Globalization;
using Dossier.Language;

namespace Dossier.Quotes;

/// <summary>
/// Verbs that report speech, thought or stance beyond the cue lexicon, learned from PolNeAR train by
/// `dossier train quotes` (models/quotes-cues.tsv, see models/quotes.md): for each (verb lemma, complement relation)
/// how often the verb with such a complement was annotated as a cue whose content is exactly that complement.
/// </summary>
public sealed class SyntacticCueTable
{
    public const string FileName = "quotes-cues.tsv";

    /// <summary>Fewer training occurrences than this say too little about a verb.</summary>
    public const int MinOccurrences = 5;

    /// <summary>Share of annotated uses from which a verb counts as a cue: the best source/cue/content F1 on held-out train.</summary>
    public const double MinCueShare = 0.2;

    private readonly FrozenDictionary<string, CueComplement[]> _relations;

    private SyntacticCueTable(Dictionary<string, List<CueComplement>> relations) =>
        _relations = relations.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    public static SyntacticCueTable Empty { get; } = new([]);

    public int Count => _relations.Count;

    /// <summary>The complements with which the verb <paramref name="lemma"/> is a cue, best first; empty when it is none.</summary>
    public ReadOnlySpan<CueComplement> ComplementsOf(string lemma) =>
        _relations.TryGetValue(lemma, out var r) ? r : [];

    /// <summary>Lines "lemma TAB relation TAB annotated TAB occurrences"; '#' starts a comment.</summary>
    public static SyntacticCueTable Parse(TextReader reader)
    {
        var rows = new List<(string Lemma, CueComplement Complement, double Share)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 4) continue;
            int cue = int.Parse(cols[2], CultureInfo.InvariantCulture), all = int.Parse(cols[3], CultureInfo.InvariantCulture);
            if (all < MinOccurrences || (double)cue / all < MinCueShare) continue;
            rows.Add((cols[0], CueComplement.Parse(cols[1]), (double)cue / all));
        }
        var relations = new Dictionary<string, List<CueComplement>>(StringComparer.Ordinal);
        foreach (var (lemma, complement, _) in rows.OrderByDescending(r => r.Share))
        {
            if (!relations.TryGetValue(lemma, out var list)) relations[lemma] = list = [];
            list.Add(complement);
        }
        return new SyntacticCueTable(relations);
    }

    /// <summary>The shipped table, or <see cref="Empty"/> when models/ does not hold it (the lexicon rules still run).</summary>
    public static SyntacticCueTable LoadDefault()
    {
        var path = ModelFiles.Find(FileName);
        if (!File.Exists(path)) return Empty;
        using var reader = new StreamReader(path);
        return Parse(reader);
    }
}
