using System.Collections.Frozen;

namespace Dossier.Text;

/// <summary>
/// Words that keep their period ("Gen.", "Co.", "Calif.") and how each kind behaves at a sentence end.
/// Entries are looked up without allocating (span lookups). Letter-dot sequences ("U.S.", "a.m.", "Ph.D.")
/// are recognised by shape in the scanner, not listed here.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and prefixes that always precede a name or a place: never the end of a sentence.</summary>
    private static readonly FrozenSet<string> Prepositive = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
        "Lt", "Col", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Maj", "Cmdr", "Cdr", "Brig", "Cmdt", "Insp", "Det", "Supt",
        "Rev", "Revd", "Fr", "Hon", "Pres", "Atty", "Amb", "Sec", "Secs", "Sgts", "Msgr", "Rt", "Sra", "Srta",
        "St", "Mt", "Ft", "Pt", "Ste", "Blvd", "vs", "v", "Vs",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // capitalised as transcripts and headlines write them ("DR. JILL STEIN:")
        "MR", "MRS", "MS", "DR", "PROF", "GEN", "SEN", "REP", "GOV", "LT", "COL", "CAPT", "SGT", "ST", "MT", "REV", "PRES");

    /// <summary>Abbreviations that may end a sentence: the next word decides (see <see cref="SentenceStarters"/>).</summary>
    private static readonly FrozenSet<string> Other = FrozenSet.Create(StringComparer.Ordinal,
        // companies and organisations
        "Co", "co", "Cos", "Corp", "Inc", "Ltd", "Bros", "Assn", "Assoc", "Dept", "dept", "Univ", "Intl", "Natl", "Govt", "Mfg",
        // postnominals and academic
        "Jr", "Sr", "jr", "sr", "Esq", "Ph", "al", "approx", "ca", "cf", "etc", "viz", "est", "ed", "eds", "trans", "vol", "vols",
        // streets and places ("5th st.")
        "st", "ave", "Ave", "rd", "Rd", "mt", "ft", "Hwy", "Rte",
        // US states as the AP abbreviates them
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
        // days
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // measures in running text
        "min", "hr", "hrs", "sq", "lb", "lbs", "oz", "mph", "pct");

    /// <summary>Abbreviations that keep their period only before a number ("No. 2", "p. 55", "Vol. 3", "N°. 7").</summary>
    private static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(StringComparer.Ordinal,
        "No", "no", "Nos", "nos", "Nr", "p", "pp", "Vol", "Art", "art", "Fig", "fig", "Ch", "ch", "Sec", "sec", "Para", "para",
        "Op", "op", "Ex", "ex", "ext", "Ext", "Tel", "tel", "N\u00B0", "n\u00B0", "N\u00BA", "n\u00BA");

    /// <summary>Letter-dot sequences with two-letter parts; single-letter ones ("U.S.A.") need no list.</summary>
    private static readonly FrozenSet<string> DottedWithPairs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Ph.D", "Ed.D", "Ll.B", "Ll.M", "Ph.D.s", "Sc.D", "Th.D", "Mc.D");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositiveLookup = Prepositive.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Other.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DottedWithPairsLookup = DottedWithPairs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word that keeps its period wherever it stands (<paramref name="word"/> has no period).</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => PrepositiveLookup.Contains(word) || OtherLookup.Contains(word);

    public static bool IsPrepositive(ReadOnlySpan<char> word) => PrepositiveLookup.Contains(word);

    public static bool IsBeforeNumber(ReadOnlySpan<char> word) => BeforeNumberLookup.Contains(word);

    /// <summary>"Ph.D" and the like, given without the final period.</summary>
    public static bool IsDottedWithPairs(ReadOnlySpan<char> dotted) => DottedWithPairsLookup.Contains(dotted);
}
