using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Reading.PlainText;

/// <summary>
/// Recognises the lines a scraped news page leaves around and inside an article that are not the article:
/// photo credits and captions, bylines, datelines, and site prompts (comments, newsletters, sharing, ads,
/// "Read more"). Patterns are general to news sites; none names a particular article.
/// </summary>
internal static partial class Boilerplate
{
    // Prompts and credits are short; a long line that merely mentions "newsletter" is body text.
    private const int MaxPromptWords = 30;
    private const int MaxCreditWords = 14;
    private const int MaxBylineWords = 16;
    // Captions are a sentence or two; a long paragraph above a credit is body text.
    private const int MaxCaptionWords = 50;

    public static int WordCount(ReadOnlySpan<char> line)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    /// <summary>A standalone photo credit: "JAVED TANVEER/AFP via Getty Images", "Photo: Jane Doe/Reuters", "(AP Photo/John Doe)".</summary>
    public static bool IsPhotoCredit(string line)
    {
        if (WordCount(line) > MaxCreditWords) return false;
        return CreditLine().IsMatch(line) || AgencySlash().IsMatch(line);
    }

    /// <summary>A caption carries a credit in parentheses or a "Photo:" label.</summary>
    public static bool IsCaption(string line) => CaptionCredit().IsMatch(line) || CaptionLabel().IsMatch(line);

    /// <summary>A short descriptive line of the kind printed under a photo (a date, "pictured", "file photo").</summary>
    public static bool ReadsLikeCaption(string line) => WordCount(line) <= MaxCaptionWords && CaptionHint().IsMatch(line);

    public static bool IsPrompt(string line) => WordCount(line) <= MaxPromptWords && (Prompt().IsMatch(line) || StandalonePrompt().IsMatch(line));

    public static BoilerplateKind PromptKind(string line) =>
        Advertisement().IsMatch(line) ? BoilerplateKind.Advertisement
        : RelatedLinks().IsMatch(line) ? BoilerplateKind.RelatedLinks
        : BoilerplateKind.Prompt;

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by Jane Doe".</summary>
    public static bool TryByline(string line, out string byline, out string[] authors)
    {
        byline = "";
        authors = [];
        if (WordCount(line) > MaxBylineWords) return false;
        var m = Byline().Match(line);
        if (!m.Success) return false;
        byline = line;
        authors = AuthorSeparator().Split(m.Groups["names"].Value)
            .Select(a => a.Trim().TrimEnd('.', ','))
            .Where(a => a.Length > 0 && char.IsUpper(a[0]) && !IsAgencyOrRole(a))
            .ToArray();
        return authors.Length > 0;
    }

    private static bool IsAgencyOrRole(string name) => AgencyOrRole().IsMatch(name);

    [GeneratedRegex(@"(\bvia\s+(Getty|Reuters|AP|AFP|Shutterstock|Bloomberg|Imagn|Alamy)\b|\bGetty Images\b|\bShutterstock\b|^\(?(Photo|Image|Photograph|Picture|Credit|Photo credit)s?\s*(by|:)|\bAP Photo\b|\bStaff Photographer\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    // "NAME SURNAME/AFP", "John Doe/Reuters" — a credit of photographer and agency, with nothing else around.
    [GeneratedRegex(@"^[\p{Lu}][\p{L}.'\- ]{1,60}/\s?(AFP|AP|Reuters|Getty Images|EPA|EPA-EFE|Xinhua|Bloomberg|Anadolu|Sipa|NurPhoto|Zuma|UPI|Pool|TASS|Sputnik|ANSA|DPA|Kyodo|Yonhap|SOPA Images|LightRocket|The Washington Post|The New York Times)\b.{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencySlash();

    [GeneratedRegex(@"\((AP |AFP |Reuters )?(Photo|Photos|Image|Photograph|Credit)\b[^)]*\)|\((?:[^()]*/\s?(AFP|AP|Reuters|Getty Images|EPA)[^()]*)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"(\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.? \d{1,2}, \d{4}\b|\b(pictured|poses|looks on|file photo|in this (photo|image|picture)|seen here)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionHint();

    [GeneratedRegex(@"^(Photo|Caption|Image|Pictured|FILE PHOTO|FILE)\s*[:\-–—]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"(let us know if you('re| are) having (issues|trouble|problems) with comment|\bcomments? (section|policy|are closed)\b|\bjoin the (conversation|discussion)\b|\bsign up for (our|the)\b.*\b(newsletter|emails?|alerts?)\b|\bsubscribe (to|now|today)\b|\bnewsletter\b.*\b(sign up|subscribe)\b|^share (this|on)\b|\bshare this (article|story|page)\b|\bclick here\b|^(read|see) more\b|^(related|more|also read|read also|recommended|watch|listen)\s*:|^advertisement$|\ball rights reserved\b|^©|^copyright\b|\bfollow (us|him|her|them|[\p{Lu}][\p{L}]+) on (twitter|x|facebook|instagram|threads|bluesky)\b|^this (article|story) (was|has been) (originally )?(published|updated)\b|\bcontributed (to )?this report\b|^(download|get) (our|the) app\b|\bsupport (our|independent) journalism\b|^(story|article) continues below\b|\bcontinue reading\b|^you (may|might) also like\b|^(tags|topics|filed under)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^(advertisement|ad|sponsored|sponsored content|skip advertisement|scroll to continue|loading\.\.\.|share|tweet|email|print|comments?|\d+ comments?|read more|more stories|top stories|trending|related|related articles|related stories|recommended)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StandalonePrompt();

    [GeneratedRegex(@"^(advertisement|ad|sponsored|sponsored content|skip advertisement)$", RegexOptions.IgnoreCase)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(related|more|also read|read also|recommended|read more|see more|more stories|related articles|related stories|you (may|might) also like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLinks();

    [GeneratedRegex(@"^(By|BY|Written by|Reporting by|Story by)\s+(?<names>[\p{Lu}][^\n]{1,150})$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s*(?:,|\band\b|&|\|)\s*")]
    private static partial Regex AuthorSeparator();

    [GeneratedRegex(@"^(Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|CNN|Fox News|NPR|BBC|staff|staff writer|correspondent|reporter|editor|.* (Correspondent|Reporter|Editor|Writer|Bureau))$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyOrRole();
}
