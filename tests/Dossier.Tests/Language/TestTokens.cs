using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Tests.Language;

/// <summary>
/// Builds token and sentence layers by hand for syntax tests, splitting as Dossier's tokenizer does where it
/// matters here: clitics ("n’t", "’s") apart, hyphenated words and "U.S." whole, punctuation and quotes apart.
/// One document = one sentence unless sentence texts are given.
/// </summary>
internal static partial class TestTokens
{
    [GeneratedRegex(@"(?:[A-Z]\.){2,}|\w+(?=n[’']t\b)|n[’']t\b|[’'](?:s|re|ve|ll|d|m)\b|\w+(?:-\w+)*|\S")]
    private static partial Regex TokenPattern();

    public static Document Sentence(string text) => Sentences(text);

    /// <summary>A document of the given sentences, separated by single spaces.</summary>
    public static Document Sentences(params string[] sentences)
    {
        var document = Document.FromText(string.Join(' ', sentences));
        var builder = new TokenLayer.Builder(document.Text);
        var starts = new List<int>();
        var ends = new List<int>();
        int offset = 0;
        foreach (var sentence in sentences)
        {
            starts.Add(builder.Count);
            foreach (Match m in TokenPattern().Matches(sentence)) builder.Add(offset + m.Index, offset + m.Index + m.Length, TokenKind.Word);
            ends.Add(builder.Count);
            offset += sentence.Length + 1;
        }
        var tokens = builder.Build();
        document.Set(tokens);
        document.Set(new SentenceLayer(tokens, [.. starts], [.. ends]));
        return document;
    }

    public static string[] Texts(Document document) => [.. Enumerable.Range(0, document.Tokens.Count).Select(i => document.Tokens[i].ToString())];
}
