using System.Text.RegularExpressions;

namespace Dossier.Reading.Html;

/// <summary>Turns a byline ("By Jane Doe and John Roe") into author names.</summary>
internal static partial class Bylines
{
    /// <summary>"By Jane Doe" → "Jane Doe" (also "Von", "Por", "Par", "Di", "Door", "Author:").</summary>
    public static string StripLabel(string byline) => Label().Replace(byline.Trim(), "").Trim();

    /// <summary>Splits "Jane Doe and John Roe, Reuters" style lists; drops empty parts and agencies written in capitals.</summary>
    public static IEnumerable<string> SplitAuthors(string names) =>
        Separator().Split(names).Select(n => n.Trim().Trim('.', ',', ';', ':', '|')).Where(n => n.Length > 1 && n.Any(char.IsLetter)).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^(by|von|por|par|di|door|autor|author|text|written by|reporting by|geschrieben von|verfasst von)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*(?:,|;|\||&|\band\b|\bund\b|\by\b|\bet\b)\s*")]
    private static partial Regex Separator();
}
