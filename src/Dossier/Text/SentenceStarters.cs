using System.Collections.Frozen;

namespace Dossier.Text;

/// <summary>
/// Capitalised words that begin sentences far more often than they follow an abbreviation inside one. After
/// "U.S.", "Co." or an initial, only these mark a new sentence ("in the U.S. How about you?" splits; "the U.S.
/// Government" does not). Pragmatic Segmenter's list, plus the pronouns, determiners and connectives that open
/// sentences in news reports.
/// </summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = FrozenSet.Create(StringComparer.Ordinal,
        // Pragmatic Segmenter's sentence starters
        "A", "Being", "Did", "For", "He", "How", "However", "I", "In", "It", "Millions", "More", "She", "That", "The",
        "There", "They", "We", "What", "When", "Where", "Who", "Why",
        // pronouns, determiners and connectives common at the start of a news sentence
        "After", "Also", "An", "And", "As", "At", "But", "Both", "During", "Earlier", "Even", "Her", "His", "If", "Its",
        "Last", "Later", "Many", "Meanwhile", "Most", "Now", "Our", "Since", "So", "Some", "Still", "Such", "Their",
        "Then", "These", "This", "Those", "Though", "Under", "While", "Yet", "You", "Your", "Do", "Does", "Is", "Are",
        "Was", "Were", "Will", "Would", "Can", "Could", "Should", "Has", "Have", "Had").GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Starters.Contains(word);
}
