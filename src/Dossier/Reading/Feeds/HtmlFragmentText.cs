using System.Net;
using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Reading.Feeds;

/// <summary>
/// Turns a small piece of HTML (a feed item's content or description) into a document: block elements become
/// paragraphs, entities are decoded, scripts, styles and captions dropped, white space collapsed. Offsets map
/// back into the HTML string. Also the stand-in for whole pages when no HTML reader is registered.
/// </summary>
public static partial class HtmlFragmentText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "section", "article",
        "header", "footer", "dd", "dt", "pre", "hr", "title",
    };

    // Their content is never article text.
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "figcaption", "nav", "aside", "form", "button", "svg", "iframe", "head",
    };

    /// <summary>Whether the text holds HTML markup at all (many feeds put plain text in their descriptions).</summary>
    public static bool LooksLikeHtml(string text) => Tag().IsMatch(text);

    public static Document ToDocument(string html, DocumentMetadata metadata)
    {
        var paragraphs = Paragraphs(html);
        var builder = new CleanTextBuilder();
        foreach (var paragraph in paragraphs.Where(p => !IsFeedBoilerplate(p.Text)))
        {
            foreach (var (text, sourceStart) in paragraph.Pieces)
            {
                if (sourceStart < 0) builder.AppendInserted(text);
                else builder.Append(text, sourceStart);
            }
            builder.EndParagraph();
        }
        return builder.Build(metadata);
    }

    /// <summary>The text of the &lt;title&gt; element, when there is one.</summary>
    public static string? Title(string html)
    {
        var match = TitleElement().Match(html);
        return match.Success ? WebUtility.HtmlDecode(Whitespace().Replace(match.Groups[1].Value, " ")).Trim() : null;
    }

    private sealed class Paragraph
    {
        public List<(string Text, int SourceStart)> Pieces { get; } = [];
        public string Text => string.Concat(Pieces.Select(p => p.Text));
    }

    private static List<Paragraph> Paragraphs(string html)
    {
        var paragraphs = new List<Paragraph>();
        var current = new Paragraph();
        bool pendingSpace = false;
        int skipDepth = 0;
        string? skipping = null;
        int i = 0;
        while (i < html.Length)
        {
            if (html[i] == '<')
            {
                int close = html.IndexOf('>', i + 1);
                if (close < 0) break;
                if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
                {
                    int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = end < 0 ? html.Length : end + 3;
                    continue;
                }
                var (name, closing) = TagName(html.AsSpan(i + 1, close - i - 1));
                if (skipping is not null)
                {
                    if (name.Equals(skipping, StringComparison.OrdinalIgnoreCase)) skipDepth += closing ? -1 : 1;
                    if (skipDepth == 0) skipping = null;
                }
                else if (SkippedElements.Contains(name) && !closing && html[close - 1] != '/')
                {
                    skipping = name;
                    skipDepth = 1;
                }
                else if (BlockElements.Contains(name))
                {
                    Flush();
                }
                else pendingSpace |= current.Pieces.Count > 0 && name.Equals("td", StringComparison.OrdinalIgnoreCase);
                i = close + 1;
                continue;
            }
            int next = html.IndexOf('<', i);
            if (next < 0) next = html.Length;
            if (skipping is null) AddText(i, next);
            i = next;
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Pieces.Count > 0) paragraphs.Add(current);
            current = new Paragraph();
            pendingSpace = false;
        }

        // Text between tags: verbatim runs copied, entities and collapsed white space inserted.
        void AddText(int start, int end)
        {
            int run = start;
            for (int k = start; k < end;)
            {
                char c = html[k];
                if (char.IsWhiteSpace(c))
                {
                    Emit(run, k);
                    while (k < end && char.IsWhiteSpace(html[k])) k++;
                    pendingSpace = current.Pieces.Count > 0;
                    run = k;
                }
                else if (c == '&' && Entity().Match(html, k) is { Success: true } entity && entity.Index == k)
                {
                    Emit(run, k);
                    string decoded = WebUtility.HtmlDecode(entity.Value);
                    if (decoded.Length > 0 && decoded.Trim().Length == 0) pendingSpace = current.Pieces.Count > 0; // &nbsp;
                    else Piece(decoded, -1);
                    k += entity.Length;
                    run = k;
                }
                else k++;
            }
            Emit(run, end);
        }

        void Emit(int start, int end)
        {
            if (end > start) Piece(html[start..end], start);
        }

        void Piece(string text, int sourceStart)
        {
            if (pendingSpace) current.Pieces.Add((" ", -1));
            pendingSpace = false;
            current.Pieces.Add((text, sourceStart));
        }
    }

    private static (string Name, bool Closing) TagName(ReadOnlySpan<char> inside)
    {
        bool closing = inside.StartsWith("/");
        if (closing) inside = inside[1..];
        int end = 0;
        while (end < inside.Length && (char.IsLetterOrDigit(inside[end]) || inside[end] is '-' or ':')) end++;
        return (inside[..end].ToString(), closing);
    }

    /// <summary>Footers that feed software appends to every item ("The post … appeared first on …").</summary>
    private static bool IsFeedBoilerplate(string paragraph) => FeedFooter().IsMatch(paragraph.Trim());

    [GeneratedRegex(@"^(The post .+ appeared first on .+|Continue reading.{0,80}|Read more.{0,80}|\[…\]|\[\.\.\.\])$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedFooter();

    [GeneratedRegex(@"&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
