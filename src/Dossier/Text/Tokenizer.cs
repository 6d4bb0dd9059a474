using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Text;

/// <summary>
/// Splits English news text into tokens: spans over the text with a <see cref="TokenKind"/>, no strings made.
/// Abbreviations and initials keep their period ("U.S.", "Gen.", "J."); clitics are split as Universal
/// Dependencies does ("do|n’t", "Taliban|’s", "can|not"); hyphenated words and numbers stay whole ("al-Qaeda",
/// "20-year", "8,000"); URLs, e-mail addresses, @handles and #tags are single tokens; every quotation mark is
/// its own token. Never throws on any input.
/// </summary>
public sealed class Tokenizer : IPipelineComponent
{
    public const string Name = "tokenizer";

    /// <summary>Average characters per token in English news (about 5.5 with the space); sizes the arrays once.</summary>
    private const int CharactersPerTokenEstimate = 5;

    public ComponentInfo Info { get; } = new(Name, "1.0", [], [typeof(TokenLayer)]);

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.Set(Tokenize(document.Text));

    public static TokenLayer Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new TokenLayer.Builder(text, text.Length / CharactersPerTokenEstimate + 16);
        new TokenScanner(text, builder).Run();
        return builder.Build();
    }
}
