using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Reading;

/// <summary>
/// Parses the publication dates news sources print or publish: ISO 8601, RFC 1123 (feeds),
/// "November 8, 2021", "Nov. 8, 2021 10:30 AM ET", "8 November 2021", with an optional weekday or
/// "Published"/"Updated" label. Times without a zone are taken as UTC.
/// </summary>
public static partial class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mmK", "yyyy/MM/dd", "r", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss",
        "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy h:mm tt", "MMM d, yyyy h:mm tt",
        "MMMM d, yyyy, h:mm tt", "MMM d, yyyy, h:mm tt", "MM/dd/yyyy", "M/d/yyyy",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string s = Normalise(text);
        if (s.Length == 0 || s.Length > 60) return false;
        return DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture,
                   DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value)
            || (LooksLikeIso(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value));
    }

    /// <summary>Strips labels, weekdays, abbreviation periods and zone names the formats cannot hold.</summary>
    private static string Normalise(string text)
    {
        string s = text.Trim();
        s = Label().Replace(s, "");
        s = Weekday().Replace(s, "");
        s = ZoneName().Replace(s, "");
        s = MonthAbbreviation().Replace(s, "$1");      // "Nov." -> "Nov", "Sept." -> "Sep"
        s = s.Replace("Sept ", "Sep ", StringComparison.Ordinal).Replace(" at ", " ", StringComparison.Ordinal);
        s = s.Replace("a.m.", "AM", StringComparison.OrdinalIgnoreCase).Replace("p.m.", "PM", StringComparison.OrdinalIgnoreCase);
        return s.Trim().TrimEnd('.', ',').Trim();
    }

    private static bool LooksLikeIso(string s) => s.Length >= 10 && char.IsAsciiDigit(s[0]) && s[4] == '-';

    [GeneratedRegex(@"^(published|updated|posted|last updated|date)\s*(on)?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+(ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST)$")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:t)?\.")]
    private static partial Regex MonthAbbreviation();
}
