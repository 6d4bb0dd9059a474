using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Reading.Html;

/// <summary>
/// Reads a date printed in a page's date line, in the forms and languages news sites use: "2021-11-08",
/// "08.11.2021", "8. November 2021", "8 de noviembre de 2021", "November 8, 2021", "8 nov. 2021".
/// Numeric dates are read day first unless that is impossible (European pages outnumber American ones
/// among pages that print no machine-readable date).
/// </summary>
internal static partial class TextDates
{
    private const int MinYear = 1990;
    private const int MaxYear = 2100;

    // Month names and their common abbreviations, by the first letters that tell them apart, in eight languages.
    private static readonly (string Prefix, int Month)[] Months =
    [
        ("jan", 1), ("jän", 1), ("ene", 1), ("gen", 1), ("sty", 1),
        ("feb", 2), ("fév", 2), ("fev", 2), ("lut", 2),
        ("mar", 3), ("mär", 3), ("maa", 3),
        ("apr", 4), ("avr", 4), ("abr", 4), ("kwi", 4),
        ("may", 5), ("mai", 5), ("mei", 5), ("mag", 5), ("maj", 5), ("mayo", 5),
        ("jun", 6), ("juin", 6), ("giu", 6), ("cze", 6),
        ("jul", 7), ("juil", 7), ("lug", 7), ("lip", 7),
        ("aug", 8), ("aoû", 8), ("aou", 8), ("ago", 8), ("sie", 8),
        ("sep", 9), ("set", 9), ("wrz", 9),
        ("oct", 10), ("okt", 10), ("ott", 10), ("out", 10), ("paź", 10), ("paz", 10),
        ("nov", 11), ("lis", 11),
        ("dec", 12), ("dez", 12), ("déc", 12), ("dic", 12), ("gru", 12),
    ];

    public static bool TryParse(string text, out DateTimeOffset date)
    {
        date = default;
        var m = IsoDate().Match(text);
        if (m.Success) return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out date);
        m = NumericDate().Match(text);
        if (m.Success)
        {
            string first = m.Groups["a"].Value, second = m.Groups["b"].Value, year = m.Groups["y"].Value;
            if (year.Length == 2) year = "20" + year;
            return Make(year, second, first, out date) || Make(year, first, second, out date);
        }
        m = DayMonthYear().Match(text);
        if (m.Success && MonthNumber(m.Groups["month"].Value) is int month1)
            return Make(m.Groups["y"].Value, month1.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out date);
        m = MonthDayYear().Match(text);
        if (m.Success && MonthNumber(m.Groups["month"].Value) is int month2)
            return Make(m.Groups["y"].Value, month2.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out date);
        return false;
    }

    private static int? MonthNumber(string name)
    {
        string lower = name.ToLowerInvariant();
        foreach (var (prefix, month) in Months)
            if (lower.StartsWith(prefix, StringComparison.Ordinal)) return month;
        return null;
    }

    private static bool Make(string year, string month, string day, out DateTimeOffset date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out int y) || !int.TryParse(month, CultureInfo.InvariantCulture, out int mo)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out int d)) return false;
        if (y < MinYear || y > MaxYear || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<y>\d{4}|\d{2})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.?\s*(de\s+)?(?<month>\p{L}{3,12})\.?,?\s*(de\s+|del\s+)?(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>\p{L}{3,12})\.?\s+(?<d>\d{1,2})(st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();
}
