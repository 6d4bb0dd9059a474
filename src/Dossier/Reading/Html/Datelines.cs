namespace Dossier.Reading.Html;

/// <summary>The publication date printed in the article: the first date in its date and byline lines, or in a short line before its prose.</summary>
internal static class Datelines
{
    // A line before the prose this short may be a date line without a telling name ("Berlin, 8. November 2021").
    private const int MaxDatelineLength = 100;
    private const int MinProseLength = 90;

    public static DateTimeOffset? Find(PageModel page, PageElement container, BlockVerdict[] verdicts)
    {
        bool beforeProse = true;
        for (int i = 0; i < verdicts.Length; i++)
        {
            var block = page.Blocks[container.FirstBlock + i];
            bool candidate = verdicts[i] == BlockVerdict.Byline || (beforeProse && block.Length <= MaxDatelineLength);
            if (candidate && TextDates.TryParse(block.Text, out var date)) return date;
            beforeProse &= !(verdicts[i] == BlockVerdict.Content && block.Length >= MinProseLength);
        }
        return null;
    }
}
