using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Cli.Output;

/// <summary>Dates on the command line and in tables.</summary>
internal static class Dates
{
    /// <summary>Parses --since/--until; a bare date given as --until includes that whole day.</summary>
    public static DateTimeOffset? Parse(string? text, string option, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!DateParsing.TryParse(text, out var value))
            throw new DossierException(Errors.BadArgument($"{option}: '{text}' is not a date (use 2021-11-08, or a full ISO 8601 time)"));
        bool dateOnly = value.TimeOfDay == TimeSpan.Zero && !text.Contains(':', StringComparison.Ordinal);
        return endOfDay && dateOnly ? value.AddDays(1) : value;
    }

    public static string Show(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString(v.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
