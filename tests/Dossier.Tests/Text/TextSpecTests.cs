using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Text;

/// <summary>Runs every example of Specs/TextSpecs.md (Markdig-style spec tests: the spec file is the test data).</summary>
public class TextSpecTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "TextSpecs.md");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var spec in TextSpec.Load(SpecPath)) data.Add(spec.Title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_gives_the_expected_tokens_and_sentences(string title)
    {
        var spec = TextSpec.Load(SpecPath).Single(s => s.Title == title);
        var document = Document.FromText(spec.Input);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);

        if (spec.Tokens is not null)
        {
            var tokens = document.Tokens;
            Assert.Equal(spec.Tokens.Select(TokenText), Enumerable.Range(0, tokens.Count).Select(i => tokens[i].ToString()));
            for (int i = 0; i < spec.Tokens.Count; i++)
            {
                var kind = TokenKindOf(spec.Tokens[i]);
                if (kind is not null) Assert.True(TokenKindNames.Of(tokens.KindAt(i)) == kind, $"token {i} '{tokens[i]}' is {tokens.KindAt(i)}, expected {kind}");
            }
        }
        if (spec.Sentences is not null)
        {
            var sentences = document.Sentences;
            Assert.Equal(spec.Sentences, Enumerable.Range(0, sentences.Count).Select(s => document.Substring(sentences.SpanAt(s))));
        }
    }

    [Fact]
    public void The_spec_file_has_examples() => Assert.True(TextSpec.Load(SpecPath).Count >= 10);

    private static string TokenText(string line)
    {
        int bracket = line.LastIndexOf(" [", StringComparison.Ordinal);
        return bracket > 0 && line.EndsWith(']') ? line[..bracket] : line;
    }

    private static string? TokenKindOf(string line)
    {
        int bracket = line.LastIndexOf(" [", StringComparison.Ordinal);
        return bracket > 0 && line.EndsWith(']') ? line[(bracket + 2)..^1] : null;
    }
}
