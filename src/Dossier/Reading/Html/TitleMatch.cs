namespace Dossier.Reading.Html;

/// <summary>
/// Whether a heading of the page is the article's title, which is metadata and not part of the body: the same
/// words as the title (templates add or drop a site name, a kicker or punctuation), or the &lt;h1&gt; that opens the article.
/// </summary>
internal static class TitleMatch
{
    // Share of the shorter text's words that the longer must contain for the two to be the same title.
    private const double MinWordOverlap = 0.8;

    public static bool IsTitle(PageModel page, TextBlock block, string? title, bool beforeProse)
    {
        if (block.Kind != BlockKind.Heading) return false;
        if (beforeProse && page.Elements[block.Owner].Tag == "h1") return true;
        return title is not null && SameWords(block.Text, title);
    }

    private static bool SameWords(string a, string b)
    {
        var wordsA = Words(a);
        var wordsB = Words(b);
        if (wordsA.Count == 0 || wordsB.Count == 0) return false;
        var (shorter, longer) = wordsA.Count <= wordsB.Count ? (wordsA, wordsB) : (wordsB, wordsA);
        int shared = shorter.Count(longer.Contains);
        return shared >= MinWordOverlap * shorter.Count && shorter.Count >= MinWordOverlap * longer.Count * 0.75;
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start) words.Add(text[start..i]);
        }
        return words;
    }
}
