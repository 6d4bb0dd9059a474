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

    /// <summary>
    /// Share of annotated uses from which a verb counts as a cue. On held-out train (table from 500 articles, scored on
    /// the other 340) 0.1 would give +0.3 points of source/cue F1 over 0.2, but it admits object verbs that report
    /// nothing ("have posted videos", share 0.16), so common-noun subjects keep 0.2.
    /// </summary>
    public const double MinCueShare = 0.2;

    /// <summary>
    /// The share that suffices when a proper name is the subject ("Sanders backed …"): a named subject makes a stance
    /// verb far more often an attribution (chosen on train; see models/quotes.md).
    /// </summary>
    public const double MinNamedSubjectShare = 0.1;

    private readonly FrozenDictionary<string, (CueComplement Complement, double Share, int Occurrences)[]> _relations;

    /// <summary>
    /// <see cref="CandidateKinds"/> of every lemma in the table, built once: each document tries the same verbs, and
    /// building them per verb was a tenth of the quotes component's time.
    /// </summary>
    private readonly FrozenDictionary<string, CueComplement[]> _candidateKinds;

    /// <summary>The plain complements, the candidate kinds of a verb the table has no row for.</summary>
    private static readonly CueComplement[] PlainKinds = [.. SyntacticArguments.ContentRelations.Select(r => new CueComplement(r, null))];

    private SyntacticCueTable(Dictionary<string, List<(CueComplement, double, int)>> relations)
    {
        _relations = relations.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _candidateKinds = _relations.Keys.ToFrozenDictionary(lemma => lemma, BuildCandidateKinds, StringComparer.Ordinal);
    }

    public static SyntacticCueTable Empty { get; } = new([]);

    public int Count => _relations.Count;

    /// <summary>The complements with which the verb <paramref name="lemma"/> is a cue, best first; empty when it is none.</summary>
    public CueComplement[] ComplementsOf(string lemma) => ComplementsOf(lemma, MinCueShare);

    /// <summary>The complements of <paramref name="lemma"/> annotated at least <paramref name="minShare"/> of the time, best first.</summary>
    public CueComplement[] ComplementsOf(string lemma, double minShare) =>
        _relations.TryGetValue(lemma, out var r) ? [.. r.Where(x => x.Share >= minShare).Select(x => x.Complement)] : [];

    /// <summary>
    /// The complements a candidate verb is tried with, best first: the table's, then the plain ones it does not list
    /// (a verb the table has not seen often enough may still be a cue: the classifier decides). Shared arrays: never
    /// change them.
    /// </summary>
    public CueComplement[] CandidateKinds(string lemma) => _candidateKinds.TryGetValue(lemma, out var kinds) ? kinds : PlainKinds;

    private CueComplement[] BuildCandidateKinds(string lemma)
    {
        // Object phrases ("obj/at") are tried apart, before these (see ExtractionRun.AddSyntacticCues).
        var kinds = ComplementsOf(lemma, 0).Where(k => !(k.Relation == DependencyRelation.Obj && k.Marker is not null)).ToList();
        foreach (var plain in PlainKinds)
        {
            if (!kinds.Contains(plain)) kinds.Add(plain);
        }
        return [.. kinds];
    }

    /// <summary>The annotated share and training occurrences of (lemma, complement); (0, 0) when the table has no such row.</summary>
    public (double Share, int Occurrences) ShareOf(string lemma, CueComplement complement)
    {
        if (!_relations.TryGetValue(lemma, out var rows)) return (0, 0);
        foreach (var (c, share, all) in rows)
        {
            if (c == complement) return (share, all);
        }
        return (0, 0);
    }

    /// <summary>Lines "lemma TAB relation TAB annotated TAB occurrences"; '#' starts a comment.</summary>
    public static SyntacticCueTable Parse(TextReader reader)
    {
        var rows = new List<(string Lemma, CueComplement Complement, double Share, int Occurrences)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 4) continue;
            int cue = int.Parse(cols[2], CultureInfo.InvariantCulture), all = int.Parse(cols[3], CultureInfo.InvariantCulture);
            // Rows below the thresholds stay: the classifier reads their shares.
            if (all < MinOccurrences) continue;
            rows.Add((cols[0], CueComplement.Parse(cols[1]), (double)cue / all, all));
        }
        var relations = new Dictionary<string, List<(CueComplement, double, int)>>(StringComparer.Ordinal);
        foreach (var (lemma, complement, share, all) in rows.OrderByDescending(r => r.Share))
        {
            if (!relations.TryGetValue(lemma, out var list)) relations[lemma] = list = [];
            list.Add((complement, share, all));
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
