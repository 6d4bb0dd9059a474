using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Text;

public class TokenizerRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\u0000\u0001\u0007\u001B")]
    [InlineData("\uD800")]                 // a lone high surrogate
    [InlineData("\uDC00abc\uD800")]        // lone low and high surrogates around a word
    [InlineData("a\uD83D")]                // a word followed by half an emoji
    [InlineData("👨‍👩‍👧‍👦🇺🇸😀😀")]
    [InlineData("'''\"\"\"’’’‘‘‘")]
    [InlineData("..... !!!??? ----- ……")]
    [InlineData("@ # @@ ## #1 @_")]
    [InlineData("http:// www. a@ @b .com x.y.z. U.S.A.B.C.D.E.F")]
    [InlineData("n't 's ' s' 'n can'tt O''Brien")]
    [InlineData("e\u0301cole\u0301 \u00AD soft\u00ADhyphen")]
    public void Odd_input_never_throws_and_tokens_tile_the_text(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        AssertWellFormed(text, tokens);
        SentenceSplitter.SplitText(text);
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        var random = new Random(20261101);
        var alphabet = "aZ09 .,;:!?'\"’‘“”-–—()[]{}@#$%&/\\\n\t\u00A0\u200B…•⁃°".ToCharArray();
        for (int round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++)
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            AssertWellFormed(text, Tokenizer.Tokenize(text));
            var document = Document.FromText(text);
            new Tokenizer().Process(document);
            new SentenceSplitter().Process(document);
        }
    }

    /// <summary>Tokens are in order, non-empty, never overlap, and cover every character that is not white space.</summary>
    private static void AssertWellFormed(string text, TokenLayer tokens)
    {
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            Assert.True(tokens.StartAt(i) >= previousEnd && tokens.EndAt(i) > tokens.StartAt(i));
            for (int c = previousEnd; c < tokens.StartAt(i); c++)
                Assert.True(CharClass.IsSeparator(text[c]), $"character {c} (U+{(int)text[c]:X4}) is in no token");
            previousEnd = tokens.EndAt(i);
        }
    }
}
