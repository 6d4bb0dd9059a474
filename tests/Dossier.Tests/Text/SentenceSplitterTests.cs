using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        [.. SentenceSplitter.SplitText(text).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void Full_stops_question_marks_and_exclamation_marks_end_sentences() =>
        Assert.Equal(["It rained.", "Did it?", "Yes!"], Sentences("It rained. Did it? Yes!"));

    [Fact]
    public void A_quotation_ending_in_a_comma_stays_with_its_cue() =>
        Assert.Equal(["“We will stay,” he said.", "Then he left."], Sentences("“We will stay,” he said. Then he left."));

    [Fact]
    public void A_closing_quote_after_the_full_stop_belongs_to_the_sentence() =>
        Assert.Equal(["“We know nothing now.”", "He left."], Sentences("“We know nothing now.” He left."));

    [Fact]
    public void A_question_in_quotes_followed_by_its_cue_is_one_sentence() =>
        Assert.Equal(["“Is it?” she asked.", "No."], Sentences("“Is it?” she asked. No."));

    [Fact]
    public void A_question_in_quotes_followed_by_a_named_speaker_and_cue_is_one_sentence() =>
        Assert.Single(Sentences("“Why now?” Sen. Jane Roe asked."));

    [Fact]
    public void A_quotation_of_two_sentences_splits_between_them() =>
        Assert.Equal(["“It is over.", "We go home,” she said."], Sentences("“It is over. We go home,” she said."));

    [Fact]
    public void A_title_before_a_name_never_ends_a_sentence() =>
        Assert.Single(Sentences("Gen. Mark Smith met Sen. Jo Roe and Mr. Poe."));

    [Fact]
    public void An_abbreviation_before_a_lowercase_word_does_not_end_a_sentence() =>
        Assert.Single(Sentences("West said the U.S. is worried."));

    [Fact]
    public void An_abbreviation_before_a_capitalised_name_does_not_end_a_sentence() =>
        Assert.Single(Sentences("The U.S. Special Representative spoke."));

    [Fact]
    public void An_abbreviation_before_a_sentence_starter_ends_the_sentence() =>
        Assert.Equal(["I live in the U.S.", "How about you?"], Sentences("I live in the U.S. How about you?"));

    [Fact]
    public void A_time_before_a_weekday_does_not_end_a_sentence() =>
        Assert.Single(Sentences("The vote is set for 3 p.m. Tuesday in the Senate."));

    [Fact]
    public void Initials_do_not_end_a_sentence() =>
        Assert.Single(Sentences("The novel by J. R. R. Tolkien sold well."));

    [Fact]
    public void A_bracketed_insertion_never_ends_a_sentence() =>
        Assert.Single(Sentences("They said [...] Nobody knew [sic.] Anything at all."));

    [Fact]
    public void A_full_stop_inside_a_parenthesis_before_a_lowercase_word_does_not_end_a_sentence() =>
        Assert.Single(Sentences("He teaches (He worked as an engineer.) at the school."));

    [Fact]
    public void An_ellipsis_before_a_lowercase_word_does_not_end_a_sentence() =>
        Assert.Single(Sentences("I was really ... well, I meant it."));

    [Fact]
    public void A_dash_inside_a_quotation_does_not_end_a_sentence() =>
        Assert.Single(Sentences("“When it comes to other groups – look, they are here,” he added."));

    [Fact]
    public void Numbered_list_items_are_sentences() =>
        Assert.Equal(["1. The first item", "2. The second item"], Sentences("1. The first item 2. The second item"));

    [Fact]
    public void A_year_before_a_capital_ends_a_sentence() =>
        Assert.Equal(["It began in 2019.", "Then it grew."], Sentences("It began in 2019. Then it grew."));

    [Fact]
    public void Sentences_never_cross_a_paragraph_boundary()
    {
        var document = Document.FromText("A headline without a stop\nThe body starts here. It goes on");
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        Assert.Equal(3, document.Sentences.Count);
        Assert.Equal("A headline without a stop", document.Substring(document.Sentences.SpanAt(0)));
    }

    [Fact]
    public void Sentences_cover_every_token_in_order()
    {
        var document = Document.FromText("One. Two? Three!\n\nFour “five.” Six");
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        var sentences = document.Sentences;
        Assert.Equal(0, sentences.TokensAt(0).Start);
        for (int s = 1; s < sentences.Count; s++) Assert.Equal(sentences.TokensAt(s - 1).End, sentences.TokensAt(s).Start);
        Assert.Equal(document.Tokens.Count, sentences.TokensAt(sentences.Count - 1).End);
    }

    [Fact]
    public void A_numbered_paragraph_keeps_its_label() =>
        Assert.Equal(["4. Can he stick to a script?", "Nobody knows."], Sentences("4. Can he stick to a script? Nobody knows."));

    [Fact]
    public void An_ellipsis_after_a_full_stop_opens_the_next_sentence() =>
        Assert.Equal(["It is rewarding.", "... It is full-on."], Sentences("It is rewarding. ... It is full-on."));

    [Fact]
    public void A_row_of_bullets_is_one_separator() =>
        Assert.Single(Sentences("• • •"));

    [Fact]
    public void A_title_in_capitals_does_not_end_a_sentence() =>
        Assert.Single(Sentences("DR. JILL ROE: So, first, to be clear."));

    [Fact]
    public void A_footnote_reference_after_the_full_stop_belongs_to_the_sentence() =>
        Assert.Equal(["He entered the school. [17]", "Then he left."], Sentences("He entered the school. [17] Then he left."));

    [Fact]
    public void A_period_before_a_comma_is_not_a_full_stop() =>
        Assert.Single(Sentences("He lived in S. F., Cal., and wrote."));

    [Fact]
    public void Wrapped_lines_of_a_plain_string_join_into_one_sentence() =>
        Assert.Single(Sentences("This is a sentence\ncut off in the middle."));

    [Fact]
    public void Lines_of_a_plain_string_without_full_stops_are_separate() =>
        Assert.Equal(["features", "contact manager"], Sentences("features\ncontact manager\n"));

    [Fact]
    public void The_splitter_requires_tokens_and_paragraphs_and_assigns_sentences()
    {
        var info = new SentenceSplitter().Info;
        Assert.Equal("sentences", info.Name);
        Assert.Contains(typeof(TokenLayer), info.Requires);
        Assert.Contains(typeof(ParagraphLayer), info.Requires);
        Assert.Equal([typeof(SentenceLayer)], info.Assigns);
    }
}
