using System.Collections.Frozen;

namespace Dossier.Text;

/// <summary>
/// "a.m." and "p.m." after a number, and the capitalised words that continue a time rather than start a
/// sentence ("3 p.m. Tuesday", "10 a.m. EST", "6 p.m. Eastern time").
/// </summary>
internal static class TimeOfDay
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Markers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a.m", "p.m").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Continuations = FrozenSet.Create(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
        "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Greenwich", "Moscow", "Beijing", "Tokyo").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The abbreviation without its final period ("p.m").</summary>
    public static bool IsMarker(ReadOnlySpan<char> core) => Markers.Contains(core);

    public static bool IsContinuation(ReadOnlySpan<char> word) => Continuations.Contains(word);
}
