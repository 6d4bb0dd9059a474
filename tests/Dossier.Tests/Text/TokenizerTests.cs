using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return [.. Enumerable.Range(0, tokens.Count).Select(i => tokens[i].ToString())];
    }

    private static TokenKind KindOf(string text, string token)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (int i = 0; i < tokens.Count; i++)
            if (tokens.TextAt(i).SequenceEqual(token)) return tokens.KindAt(i);
        throw new Xunit.Sdk.XunitException($"no token '{token}' in {string.Join(" | ", Tokens(text))}");
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("Gen.")]
    [InlineData("Sen.")]
    [InlineData("Mr.")]
    [InlineData("p.m.")]
    [InlineData("Jan.")]
    [InlineData("Ph.D.")]
    public void Abbreviations_keep_their_period(string abbreviation)
    {
        Assert.Equal([abbreviation, "Smith"], Tokens(abbreviation + " Smith"));
        Assert.Equal(TokenKind.Abbreviation, KindOf(abbreviation + " Smith", abbreviation));
    }

    [Fact]
    public void Initials_are_one_token_each() =>
        Assert.Equal(["J.", "R.", "R.", "Tolkien"], Tokens("J. R. R. Tolkien"));

    [Fact]
    public void A_full_stop_after_an_ordinary_word_is_its_own_token() =>
        Assert.Equal(["It", "ended", "."], Tokens("It ended."));

    [Fact]
    public void A_numbering_word_keeps_its_period_only_before_a_number()
    {
        Assert.Equal(["No.", "2"], Tokens("No. 2"));
        Assert.Equal(["said", "no", "."], Tokens("said no."));
    }

    [Theory]
    [InlineData("don’t", "do", "n’t")]
    [InlineData("don't", "do", "n't")]
    [InlineData("can't", "ca", "n't")]
    [InlineData("won’t", "wo", "n’t")]
    [InlineData("they're", "they", "'re")]
    [InlineData("we’ve", "we", "’ve")]
    [InlineData("I'll", "I", "'ll")]
    [InlineData("Taliban’s", "Taliban", "’s")]
    [InlineData("ISIS-K’s", "ISIS-K", "’s")]
    [InlineData("cannot", "can", "not")]
    public void Contractions_and_possessives_split_as_universal_dependencies_does(string word, string host, string clitic)
    {
        Assert.Equal([host, clitic], Tokens(word));
        Assert.Equal(TokenKind.Clitic, KindOf(word, clitic));
    }

    [Fact]
    public void A_possessive_after_an_abbreviation_is_a_clitic() =>
        Assert.Equal(["JFK", "Jr.", "'s", "book"], Tokens("JFK Jr.'s book"));

    [Fact]
    public void A_plural_possessive_apostrophe_is_a_clitic() =>
        Assert.Equal(TokenKind.Clitic, KindOf("the allies’ plans", "’"));

    [Fact]
    public void Apostrophes_inside_names_stay_in_the_word() =>
        Assert.Equal(["O'Brien", "at", "ten", "o'clock"], Tokens("O'Brien at ten o'clock"));

    [Fact]
    public void Single_quotation_marks_around_a_word_are_quotes_not_clitics()
    {
        Assert.Equal(["to", "‘", "Succeed", "’", "Against"], Tokens("to ‘Succeed’ Against"));
        Assert.Equal(TokenKind.Quote, KindOf("to ‘Succeed’ Against", "’"));
    }

    [Fact]
    public void Straight_single_quotes_around_a_sentence_are_quotes() =>
        Assert.Equal(["'", "This", "is", "great", ".", "'", "she"], Tokens("'This is great.' she"));

    [Theory]
    [InlineData("“")]
    [InlineData("”")]
    [InlineData("\"")]
    [InlineData("«")]
    [InlineData("»")]
    [InlineData("„")]
    [InlineData("‹")]
    [InlineData("›")]
    public void Every_quotation_mark_is_its_own_quote_token(string mark)
    {
        string text = mark + "word" + mark;
        Assert.Equal([mark, "word", mark], Tokens(text));
        Assert.Equal(TokenKind.Quote, KindOf(text, mark));
    }

    [Theory]
    [InlineData("al-Qaeda")]
    [InlineData("ISIS-K")]
    [InlineData("20-year")]
    [InlineData("clear-eyed")]
    [InlineData("mass-casualty")]
    public void Hyphenated_words_stay_whole(string word) =>
        Assert.Equal([word], Tokens(word));

    [Theory]
    [InlineData("8,000", "8,000")]
    [InlineData("3.5%", "3.5", "%")]
    [InlineData("$1.2", "$", "1.2")]
    [InlineData("1990s", "1990s")]
    [InlineData("10:30", "10:30")]
    [InlineData("1,000.That", "1,000", ".", "That")]
    public void Numbers_keep_their_separators_and_lose_their_symbols(string text, params string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void An_apostrophe_before_two_digits_is_a_decade() =>
        Assert.Equal(["the", "’90s"], Tokens("the ’90s"));

    [Fact]
    public void Brackets_of_an_insertion_are_punctuation_tokens()
    {
        Assert.Equal(["LPRs", "[", "lawful", "residents", "]", "out"], Tokens("LPRs [lawful residents] out"));
        Assert.Equal(TokenKind.Punctuation, KindOf("[that]", "["));
    }

    [Theory]
    [InlineData("groups – look", "–")]
    [InlineData("groups — look", "—")]
    [InlineData("groups -- look", "--")]
    [InlineData("groups--look", "--")]
    public void Dashes_are_punctuation(string text, string dash)
    {
        Assert.Equal(["groups", dash, "look"], Tokens(text));
        Assert.Equal(TokenKind.Punctuation, KindOf(text, dash));
    }

    [Fact]
    public void Ellipses_are_one_token() =>
        Assert.Equal(["really", "...", "well", "…", "fine"], Tokens("really ... well … fine"));

    [Theory]
    [InlineData("https://www.example.com/a-b/c.html?x=1", TokenKind.Url)]
    [InlineData("www.example.org", TokenKind.Url)]
    [InlineData("nytimes.com/section", TokenKind.Url)]
    [InlineData("Jane.Doe@example.com", TokenKind.Email)]
    [InlineData("@dossier_app", TokenKind.Handle)]
    [InlineData("#MeToo", TokenKind.Hashtag)]
    public void Web_addresses_handles_and_tags_are_single_tokens(string token, TokenKind kind)
    {
        Assert.Equal(["see", token, "."], Tokens("see " + token + "."));
        Assert.Equal(kind, KindOf("see " + token + ".", token));
    }

    [Fact]
    public void An_identifier_with_underscores_is_one_token() =>
        Assert.Equal(["see", "awesome_content", "now"], Tokens("see awesome_content now"));

    [Fact]
    public void A_handle_in_parentheses_is_a_handle() =>
        Assert.Equal(["(", "@JaneRoe", ")"], Tokens("(@JaneRoe)"));

    [Fact]
    public void An_at_sign_written_against_a_word_starts_no_handle() =>
        Assert.Equal(["C", "#", "and", "a", "@", "b"], Tokens("C# and a@b"));

    [Fact]
    public void Bidirectional_marks_separate_tokens_and_belong_to_none() =>
        Assert.Equal(["a", "b"], Tokens("a\u200E\u2066b"));

    [Fact]
    public void A_url_gives_back_a_closing_parenthesis_it_did_not_open() =>
        Assert.Equal(["(", "https://example.com/x", ")", "."], Tokens("(https://example.com/x)."));

    [Fact]
    public void Two_words_joined_by_a_missing_space_after_a_full_stop_are_split() =>
        Assert.Equal(["Hello", "world", ".", "Today"], Tokens("Hello world.Today"));

    [Theory]
    [InlineData("\u00A0")]
    [InlineData("\u2009")]
    [InlineData("\u202F")]
    [InlineData("\u200B")]
    [InlineData("\t")]
    public void Unicode_white_space_separates_tokens_like_a_space(string space) =>
        Assert.Equal(["has", "ended"], Tokens("has" + space + "ended"));

    [Fact]
    public void Tokens_are_spans_over_the_text()
    {
        const string text = "  West’s remarks.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(new TextSpan(2, 6), tokens.SpanAt(0));
        Assert.Equal(new TextSpan(6, 8), tokens.SpanAt(1));
        Assert.True(tokens[2].SpaceAfter is false);
        Assert.Equal(new TextSpan(16, 17), tokens.SpanAt(3));
    }

    [Fact]
    public void An_emoji_with_a_skin_tone_is_one_symbol() =>
        Assert.Equal(["ok", "👍🏽", "!"], Tokens("ok 👍🏽!"));

    [Fact]
    public void The_tokenizer_is_a_pipeline_component_that_assigns_tokens()
    {
        var document = Document.FromText("It works.");
        new Tokenizer().Process(document);
        Assert.Equal(3, document.Tokens.Count);
        Assert.Equal("tokenizer", new Tokenizer().Info.Name);
        Assert.Empty(new Tokenizer().Info.Requires);
    }
}
