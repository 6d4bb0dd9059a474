using Dossier.Model;

namespace Dossier.Reading.PlainText;

/// <summary>
/// Turns the text of a scraped article into a document: headline and byline/date lines become metadata,
/// captions, credits and prompts are removed (and listed with their reason), every other line is a body paragraph.
/// </summary>
internal static class ArticleTextParser
{
    // A headline is one short line; a longer first line is already the body.
    private const int MaxHeadlineWords = 30;

    /// <param name="text">The decoded source.</param>
    /// <param name="metadata">What the container already knows (file name, JSON fields); filled in, never overwritten.</param>
    /// <param name="detectHeadline">False when the title comes from elsewhere (a JSON field), so the first line is body.</param>
    public static Document Parse(string text, DocumentMetadata metadata, bool detectHeadline)
    {
        var lines = SourceLine.Split(text);
        var removed = new List<RemovedBlock>();
        var body = new List<(SourceLine Line, bool Lead)>();
        string? title = metadata.Title, byline = metadata.Byline;
        IReadOnlyList<string> authors = metadata.Authors;
        DateTimeOffset? published = metadata.Published;

        int first = 0;
        if (detectHeadline && lines.Count >= 2 && LooksLikeHeadline(Slice(text, lines[0])))
        {
            title ??= Slice(text, lines[0]);
            removed.Add(Removed(text, lines[0], BoilerplateKind.Headline));
            first = 1;
        }

        for (int i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            string s = Slice(text, line);
            bool inHeader = body.Count == 0; // bylines, datelines and the lead photo sit before the first paragraph
            if (Boilerplate.IsPhotoCredit(s))
            {
                removed.Add(Removed(text, line, BoilerplateKind.PhotoCredit));
                // A credit closes the caption printed just above it.
                if (body.Count > 0 && (body[^1].Lead || Boilerplate.ReadsLikeCaption(Slice(text, body[^1].Line))))
                {
                    removed.Add(Removed(text, body[^1].Line, BoilerplateKind.PhotoCaption));
                    body.RemoveAt(body.Count - 1);
                }
                continue;
            }
            if (Boilerplate.IsCaption(s))
            {
                removed.Add(Removed(text, line, BoilerplateKind.PhotoCaption));
                continue;
            }
            if (Boilerplate.IsPrompt(s))
            {
                removed.Add(Removed(text, line, Boilerplate.PromptKind(s)));
                continue;
            }
            if (inHeader && Boilerplate.TryByline(s, out var printedByline, out var names))
            {
                byline ??= printedByline;
                if (authors.Count == 0) authors = names;
                removed.Add(Removed(text, line, BoilerplateKind.Byline));
                continue;
            }
            if (inHeader && DateParsing.TryParse(s, out var date))
            {
                published ??= date;
                removed.Add(Removed(text, line, BoilerplateKind.Dateline));
                continue;
            }
            body.Add((line, inHeader));
        }

        var builder = new CleanTextBuilder();
        foreach (var (line, _) in body) builder.AddParagraph(text, line.Start, line.End);
        removed.Sort((a, b) => a.SourceSpan.Start.CompareTo(b.SourceSpan.Start));
        var complete = metadata with { Title = title, Byline = byline, Authors = authors, Published = published };
        return builder.Build(complete, removed);
    }

    /// <summary>A short first line without a sentence's closing punctuation, that is not itself a byline, date or credit.</summary>
    private static bool LooksLikeHeadline(string line)
    {
        int words = Boilerplate.WordCount(line);
        if (words == 0 || words > MaxHeadlineWords) return false;
        if (char.IsLower(line[0])) return false;
        char last = line[^1];
        if (last is ',' or ';' or ':') return false;
        // A full stop ends a sentence of body text ("Senator Smith said the bill was bad." is the lead, however short);
        // news headlines carry none, so a final stop is only read as part of an abbreviation ("… Leaves the U.S.").
        if (last == '.' && !EndsWithAbbreviation(line)) return false;
        return !Boilerplate.IsPhotoCredit(line) && !Boilerplate.IsPrompt(line)
            && !Boilerplate.TryByline(line, out _, out _) && !DateParsing.TryParse(line, out _);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "Inc.", "Jr.", "Sr.", "Co.", "Corp.", "Ltd.", "Bros.", "St." };

    /// <summary>"U.S.", "D.C.", "Inc.": a last word whose stop belongs to it.</summary>
    private static bool EndsWithAbbreviation(string line)
    {
        string word = line[(line.LastIndexOf(' ') + 1)..];
        return word.IndexOf('.') < word.Length - 1 || Abbreviations.Contains(word);
    }

    private static string Slice(string text, SourceLine line) => text.Substring(line.Start, line.Length);

    private static RemovedBlock Removed(string text, SourceLine line, BoilerplateKind kind) =>
        new(new TextSpan(line.Start, line.End), kind, Slice(text, line));
}
