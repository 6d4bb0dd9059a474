using System.Collections.Frozen;

namespace Dossier.Text;

/// <summary>
/// Verbs that attribute a quotation when they follow it: in <c>“Is it?” Smith asked.</c> the question mark
/// ends the quotation, not the sentence. Only the forms that appear right after a quote are listed.
/// </summary>
internal static class ReportingVerbs
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Verbs = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied", "replies",
        "shouted", "shouts", "cried", "yelled", "exclaimed", "wondered", "wonders", "tweeted", "posted", "continued",
        "countered", "responded", "recalled", "explained", "insisted", "warned", "noted", "joked", "quipped",
        "demanded", "demands", "pleaded", "screamed", "chanted", "sang", "whispered", "mused", "laughed")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Pronouns that may stand, capitalised, between a quotation and its cue (<c>“Why?” She asked.</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = FrozenSet.Create(StringComparer.Ordinal,
        "He", "She", "They", "I", "We", "It", "You").GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Verbs.Contains(word);

    public static bool IsSubjectPronoun(ReadOnlySpan<char> word) => Pronouns.Contains(word);
}
