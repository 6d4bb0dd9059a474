namespace Dossier.Entities.Values;

/// <summary>The closed word lists the value rules read: months, weekdays, number words, currencies, time-of-day words.</summary>
internal static class ValueWords
{
    private static readonly HashSet<string> Months = Set(
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    private static readonly HashSet<string> Weekdays = Set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static readonly HashSet<string> DayWords = Set("today", "yesterday", "tomorrow");

    /// <summary>Units a relative date is counted in ("last week", "three years ago", "the past several weeks").</summary>
    private static readonly HashSet<string> DateUnits = Set(
        "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
        "spring", "summer", "fall", "autumn", "winter", "quarter");

    private static readonly HashSet<string> DateDeterminers = Set("last", "next", "this", "past", "coming", "previous", "same", "that", "every");

    private static readonly HashSet<string> Vague = Set("few", "several", "many", "couple");

    private static readonly HashSet<string> NumberWords = Set(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions");

    private static readonly HashSet<string> Scales = Set("hundred", "thousand", "million", "billion", "trillion", "bn", "mn");

    private static readonly HashSet<string> CurrencyWords = Set(
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "rupee", "rupees", "rouble",
        "roubles", "ruble", "rubles", "franc", "francs", "peso", "pesos", "cents", "afghani", "afghanis");

    private static readonly HashSet<string> TimeWords = Set("noon", "midnight", "a.m.", "p.m.", "am", "pm", "GMT", "EST", "EDT", "PST", "ET");

    private static readonly HashSet<string> DayParts = Set("morning", "afternoon", "evening", "night");

    /// <summary>Words that can open a value; any other word (not a number or currency sign) is skipped at once.</summary>
    private static readonly HashSet<string> Starters = new(
        Months.Concat(Weekdays).Concat(DayWords).Concat(DateDeterminers).Concat(Vague).Concat(NumberWords)
            .Concat(["a", "an", "US", "noon", "midnight", "tonight"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a value can start at this word (numbers, currency signs and hyphenated words are checked by the caller).</summary>
    public static bool CanStart(ReadOnlySpan<char> w) => In(Starters, w);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static bool In(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsMonth(ReadOnlySpan<char> w) => In(Months, w) && char.IsUpper(w[0]);
    public static bool IsWeekday(ReadOnlySpan<char> w) => In(Weekdays, w) && char.IsUpper(w[0]);
    public static bool IsDayWord(ReadOnlySpan<char> w) => In(DayWords, w);
    public static bool IsDateUnit(ReadOnlySpan<char> w) => In(DateUnits, w);
    public static bool IsDateDeterminer(ReadOnlySpan<char> w) => In(DateDeterminers, w);
    public static bool IsVague(ReadOnlySpan<char> w) => In(Vague, w);
    public static bool IsNumberWord(ReadOnlySpan<char> w) => In(NumberWords, w);
    public static bool IsScale(ReadOnlySpan<char> w) => In(Scales, w);
    public static bool IsCurrencyWord(ReadOnlySpan<char> w) => In(CurrencyWords, w);
    public static bool IsTimeWord(ReadOnlySpan<char> w) => In(TimeWords, w);
    public static bool IsDayPart(ReadOnlySpan<char> w) => In(DayParts, w);
    public static bool IsCurrencySymbol(ReadOnlySpan<char> w) => w is "$" or "€" or "£" or "¥" or "₹" or "US$";
    public static bool IsPercentWord(ReadOnlySpan<char> w) => w is "%" || w.Equals("percent", StringComparison.OrdinalIgnoreCase);

    /// <summary>A four-digit year from 1000 to 2099, or a decade ("1990s").</summary>
    public static bool IsYear(ReadOnlySpan<char> w)
    {
        if (w.Length == 5 && w[4] == 's') w = w[..4];
        return w.Length == 4 && w[0] is '1' or '2' && (w[0] == '1' || w[1] == '0') && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3]);
    }

    /// <summary>"20-year", "six-month": a duration used as an adjective (a DATE in OntoNotes terms).</summary>
    public static bool IsDurationAdjective(ReadOnlySpan<char> w)
    {
        int dash = w.LastIndexOf('-');
        if (dash <= 0) return false;
        var unit = w[(dash + 1)..];
        var count = w[..dash];
        return (unit.Equals("year", StringComparison.OrdinalIgnoreCase) || unit.Equals("month", StringComparison.OrdinalIgnoreCase)
                || unit.Equals("week", StringComparison.OrdinalIgnoreCase) || unit.Equals("day", StringComparison.OrdinalIgnoreCase)
                || unit.Equals("decade", StringComparison.OrdinalIgnoreCase))
            && (IsNumeric(count) || IsNumberWord(count));
    }

    public static bool IsNumeric(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || !char.IsAsciiDigit(w[0])) return false;
        foreach (char c in w) if (!char.IsAsciiDigit(c) && c is not ',' and not '.') return false;
        return true;
    }
}
