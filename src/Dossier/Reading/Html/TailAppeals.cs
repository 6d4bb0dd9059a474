using System.Text.RegularExpressions;

namespace Dossier.Reading.Html;

/// <summary>
/// Removes the appeals a site appends to its articles, inside the article's own markup: "Subscribe now for the
/// full story", "Follow us on Twitter", "Download our app", "This article is the copyrighted property of …;
/// written permission must be obtained before reprint". They are sentences of prose, too long for the short-line
/// test of <see cref="BoilerplateText"/>, so they are recognised only at the end of the article: a run of kept
/// blocks, read backwards from the last one, each of which addresses the reader about the site rather than
/// telling the story.
/// </summary>
internal static partial class TailAppeals
{
    // Appeals are a sentence or two; a longer closing paragraph is the story's own, whatever it mentions.
    private const int MaxAppealLength = 300;

    /// <summary>Marks the appeals at the end of the kept blocks as prompts (<paramref name="verdicts"/> indexed from the container's first block).</summary>
    public static void Revise(PageModel page, PageElement container, BlockVerdict[] verdicts)
    {
        for (int i = verdicts.Length - 1; i >= 0; i--)
        {
            if (verdicts[i] != BlockVerdict.Content) continue;
            if (!IsAppeal(page.Blocks[container.FirstBlock + i].Text)) return;
            verdicts[i] = BlockVerdict.Prompt;
        }
    }

    public static bool IsAppeal(string text) => text.Length <= MaxAppealLength && Appeal().IsMatch(text);

    [GeneratedRegex(
        // English: subscriptions, sign-ups, following, apps, reprint rights, support.
        @"\b(subscribe (now|today|to our)|please subscribe|(already|first-time) (a )?subscribers?|to (view|read) the full (story|article)|sign(ing)? up (for|to) our|our newsletter|" +
        @"follow (us|[\p{Lu}][\p{L}.]*( [\p{Lu}][\p{L}.]*)*) on (twitter|facebook|instagram|x|linkedin|telegram|youtube)|download (the|our) [\p{L} ]{0,30}apps?\b|" +
        @"copyrighted (property|material)|permission (must|is required)[\p{L} ]{0,40} (reprint|republish|reproduc)|(may|must) not be (reproduced|republished|redistributed)|" +
        @"support (our|independent) journalism|if you (enjoyed|liked) (reading )?this|never miss (a|the latest)|" +
        // German, French, Spanish, Italian, Portuguese, Polish, Dutch.
        @"abonnieren sie (jetzt|unseren|unsere)|unseren? newsletter|folgen sie uns|unterstützen sie (uns|unseren|unsere)|jede (kleine )?spende|" +
        @"abonnez-vous|notre newsletter|suivez-nous|soutenez (notre|nous)|" +
        @"suscr[ií]bete|nuestro (canal|boletín)|únete (a|desde)|s[ií]guenos en|hazte (miembro|socio)|cancela cuando quieras|" +
        @"iscriviti alla|seguici su|assine (já|a nossa)|siga-nos|" +
        @"zapraszamy (też |także )?do (subskrypcji|obserwowania)|obserwuj nas|abonneer (je|nu)|volg ons)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Appeal();
}
