using System.Collections.Frozen;

namespace Dossier.Language;

/// <summary>The written forms of <see cref="UniversalPos"/>, <see cref="PennTag"/> and <see cref="DependencyRelation"/>, both ways.</summary>
public static class SyntaxLabels
{
    private static readonly string[] PosNames =
        ["X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"];

    private static readonly string[] TagNames =
    [
        "_", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP",
        "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
        "HYPH", "NFP", "ADD", "AFX", "GW", ".", ",", ":", "-LRB-", "-RRB-", "``", "''", "$",
    ];

    private static readonly string[] RelationNames =
    [
        "dep", "root", "nsubj", "nsubj:pass", "nsubj:outer", "obj", "iobj", "csubj", "csubj:pass", "csubj:outer",
        "ccomp", "xcomp", "obl", "obl:agent", "obl:unmarked", "obl:tmod", "obl:npmod", "vocative", "expl", "dislocated",
        "advcl", "advcl:relcl", "advmod", "discourse", "aux", "aux:pass", "cop", "mark",
        "nmod", "nmod:poss", "nmod:unmarked", "nmod:desc", "nmod:tmod", "nmod:npmod", "appos", "nummod", "acl", "acl:relcl",
        "amod", "det", "det:predet", "clf", "case", "conj", "cc", "cc:preconj", "fixed", "flat", "flat:foreign",
        "compound", "compound:prt", "list", "parataxis", "orphan", "goeswith", "reparandum", "punct",
    ];

    private static readonly FrozenDictionary<string, UniversalPos> PosByName = Index<UniversalPos>(PosNames);
    private static readonly FrozenDictionary<string, PennTag> TagByName = Index<PennTag>(TagNames);
    private static readonly FrozenDictionary<string, DependencyRelation> RelationByName = Index<DependencyRelation>(RelationNames);
    private static readonly DependencyRelation[] UniversalOf = [.. RelationNames.Select(n => RelationByName[n.Split(':')[0]])];

    public static int PosCount => PosNames.Length;
    public static int TagCount => TagNames.Length;
    public static int RelationCount => RelationNames.Length;

    public static string Name(UniversalPos pos) => PosNames[(int)pos];
    public static string Name(PennTag tag) => TagNames[(int)tag];
    public static string Name(DependencyRelation relation) => RelationNames[(int)relation];

    /// <summary>The UPOS tag written <paramref name="name"/>; <see cref="UniversalPos.X"/> when unknown.</summary>
    public static UniversalPos ParsePos(string name) => PosByName.GetValueOrDefault(name, UniversalPos.X);

    /// <summary>The Penn tag written <paramref name="name"/>; <see cref="PennTag.None"/> when unknown.</summary>
    public static PennTag ParseTag(string name) => TagByName.GetValueOrDefault(name, PennTag.None);

    /// <summary>The relation written <paramref name="name"/>; an unknown subtype falls back to its universal relation, anything else to <see cref="DependencyRelation.Dep"/>.</summary>
    public static DependencyRelation ParseRelation(string name)
    {
        if (RelationByName.TryGetValue(name, out var relation)) return relation;
        int colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? RelationByName.GetValueOrDefault(name[..colon], DependencyRelation.Dep) : DependencyRelation.Dep;
    }

    /// <summary>The relation without its subtype: <see cref="DependencyRelation.NsubjPass"/> gives <see cref="DependencyRelation.Nsubj"/>.</summary>
    public static DependencyRelation Universal(this DependencyRelation relation) => UniversalOf[(int)relation];

    private static FrozenDictionary<string, T> Index<T>(string[] names) where T : struct, Enum =>
        names.Select((n, i) => (n, i)).ToFrozenDictionary(x => x.n, x => (T)Enum.ToObject(typeof(T), x.i), StringComparer.Ordinal);
}
