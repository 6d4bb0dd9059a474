using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Tests.Quotes;

/// <summary>
/// A small stand-in for the text component: tokens and sentences good enough for quote tests, so these tests
/// build their upstream layers by hand and do not depend on the real tokenizer's details.
/// </summary>
public static partial class SimpleText
{
    [GeneratedRegex(@"(?<abbr>\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt|Adm|Inc|Corp|Ltd|Co|No|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.)|(?<clitic>n['’]t\b|['’](?:s|re|ve|ll|d|m)\b)|(?<num>\d+(?:[.,:]\d+)*%?)|(?<word>[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*)|(?<quote>[""“”‘’'«»„])|(?<punct>\.{3}|[^\s\p{L}\p{N}])")]
    private static partial Regex TokenPattern();

    public static Document Analyse(string text)
    {
        var document = Document.FromText(text);
        var tokens = Tokenize(text);
        document.Set(tokens);
        document.Set(Split(text, tokens, document.Paragraphs));
        return document;
    }

    public static TokenLayer Tokenize(string text)
    {
        var builder = new TokenLayer.Builder(text);
        foreach (Match m in TokenPattern().Matches(text))
        {
            var kind = m.Groups["abbr"].Success ? TokenKind.Abbreviation
                : m.Groups["clitic"].Success ? TokenKind.Clitic
                : m.Groups["num"].Success ? TokenKind.Number
                : m.Groups["word"].Success ? TokenKind.Word
                : m.Groups["quote"].Success ? TokenKind.Quote
                : TokenKind.Punctuation;
            // "don’t": the clitic regex needs the word split before "n’t".
            if (kind == TokenKind.Word && m.Index + m.Length < text.Length && m.Value.EndsWith('n') && m.Length > 1
                && m.Index + m.Length + 1 < text.Length && text[m.Index + m.Length] is '\'' or '’' && text[m.Index + m.Length + 1] == 't')
            {
                builder.Add(m.Index, m.Index + m.Length - 1, TokenKind.Word);
                continue;
            }
            builder.Add(m.Index, m.Index + m.Length, kind);
        }
        return builder.Build();
    }

    public static SentenceLayer Split(string text, TokenLayer tokens, ParagraphLayer paragraphs)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        int start = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            bool last = t == tokens.Count - 1;
            bool paragraphEnds = !last && paragraphs.IndexAt(tokens.StartAt(t)) != paragraphs.IndexAt(tokens.StartAt(t + 1));
            bool boundary = last || paragraphEnds;
            var w = tokens.TextAt(t);
            if (!boundary && w is "." or "?" or "!" or "...")
            {
                int e = t;
                while (e + 1 < tokens.Count && tokens.KindAt(e + 1) == TokenKind.Quote && !char.IsWhiteSpace(text[tokens.StartAt(e + 1) - 1])) e++;
                if (e + 1 < tokens.Count)
                {
                    var next = tokens.TextAt(e + 1);
                    if (char.IsUpper(next[0]) || tokens.KindAt(e + 1) == TokenKind.Quote)
                    {
                        t = e;
                        boundary = true;
                    }
                }
            }
            if (!boundary) continue;
            starts.Add(start);
            ends.Add(t + 1);
            start = t + 1;
        }
        return new SentenceLayer(tokens, [.. starts], [.. ends]);
    }
}
