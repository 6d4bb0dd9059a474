using System.Text.RegularExpressions;

namespace Dossier.Reading.Html;

/// <summary>
/// Turns a byline as templates print it ("Posted on 21 September 2020 by Adi Tzlil", "Von Henry · 31. Oktober
/// 2023", "By Rob Picheta, CNN Updated …") into author names: the names follow the last label ("by", "von",
/// "par", "Autor:") and end where a date, a separator or another label begins.
/// </summary>
internal static partial class Bylines
{
    /// <summary>The names in <paramref name="byline"/>, or an empty list when it holds only labels ("Posted on", "Von").</summary>
    public static IReadOnlyList<string> Authors(string byline)
    {
        string names = byline;
        // Names follow the first label; a second one right after it ("author By") is a label too.
        for (int round = 0; round < 2; round++)
        {
            var label = Label().Match(names);
            if (!label.Success || (round > 0 && label.Index > 0)) break;
            names = names[(label.Index + label.Length)..].TrimStart();
        }
        names = names.TrimStart(' ', '~', '-', '–', '—', '|', '·', ':', ',');
        var end = End().Match(names);
        if (end.Success) names = names[..end.Index];
        return [.. Separator().Split(names)
            .Select(n => n.Trim().Trim('.', ',', ';', ':', '|', '-', '–', '—'))
            .Where(n => n.Length > 1 && n.Any(char.IsLetter) && !OnlyLabel().IsMatch(n))
            .Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"(?<=^|\s)(written by|posted by|reporting by|geschrieben von|verfasst von|eingestellt von|erstellt von|artikel von|beitrag von|publicado por|publié par|by|von|vom|por|par|di|door|autor|autorin|author|auteur|text)\s*:?(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    // Where the names end: a date or time, a separator of template fields, or a field label.
    [GeneratedRegex(@"\d|[|·»•—–~]|\s-(\s|$)|\S+@\S+|\[at\]|\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(published|updated|posted on|veröffentlicht|aktualisiert|publiziert|publicado|publié|mis à jour|share|teilen|alle artikel|kontakt|mehr von|kategorien|categories|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex End();

    [GeneratedRegex(@"^(by|von|posted|on|am|publiziert|veröffentlicht|published|updated|autor|author|redaktion -)$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyLabel();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b|\by\b|\bet\b|\bu\.\s)\s*")]
    private static partial Regex Separator();
}
