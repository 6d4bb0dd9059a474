using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>
/// Source and content extents chosen on PolNeAR train, one sentence each, through the default pipeline: the rules
/// read the parser's tree ("meanwhile" hangs from the verb), so the trained syntax model takes part.
/// </summary>
public class QuoteSpanRulesTests
{
    private static readonly DossierPipeline Pipeline = DefaultPipeline.Create();

    private static (Document Document, Quote Quote) ExtractOne(string text)
    {
        var document = Pipeline.Process(Document.FromText(text));
        return (document, Assert.Single(document.Get<QuoteLayer>().All()));
    }

    [Fact]
    public void An_apposition_that_closes_the_sentence_after_an_inverted_cue_is_all_source()
    {
        var (d, q) = ExtractOne("“We will rebuild,” said Jane Doe, 27, a nurse from Ohio.");
        Assert.Equal("Jane Doe, 27, a nurse from Ohio", d.Substring(q.Speaker!.Value));
        Assert.Equal("Jane Doe", q.SpeakerName);
    }

    [Fact]
    public void A_name_and_a_capitalised_apposition_after_a_quotation_are_its_speaker()
    {
        var (d, q) = ExtractOne("“The numbers speak for themselves,” Mary Stone, Acme’s chief economist, said.");
        Assert.Equal("Mary Stone, Acme’s chief economist,", d.Substring(q.Speaker!.Value));
        Assert.Equal("“The numbers speak for themselves,”", ContentOf(d, q));
    }

    [Fact]
    public void One_or_two_words_before_a_parenthetical_according_to_open_its_content()
    {
        var (d, q) = ExtractOne("Turnout, according to the county clerk, has doubled since the last election.");
        Assert.Equal("the county clerk", d.Substring(q.Speaker!.Value));
        Assert.Equal("Turnout | has doubled since the last election", ContentOf(d, q));
    }

    [Fact]
    public void An_adverbial_set_off_by_commas_is_no_part_of_the_source()
    {
        var (d, q) = ExtractOne("Sanders, meanwhile, said the plan would fail.");
        Assert.Equal("Sanders", d.Substring(q.Speaker!.Value));
        Assert.Equal("the plan would fail", string.Join(" | ", q.Content.ToArray().Select(d.Substring)));
    }

    [Fact]
    public void A_quotation_opening_mid_sentence_before_an_inverted_cue_ends_a_mixed_content_that_starts_with_the_sentence()
    {
        var (d, q) = ExtractOne("Most of the members still have “a higher set of standards than anyone else,” she said.");
        Assert.Equal(QuoteType.Mixed, q.Type);
        Assert.StartsWith("Most of the members still have “a higher set", string.Join(" | ", q.Content.ToArray().Select(d.Substring)));
    }

    private static string ContentOf(Document d, Quote q) => string.Join(" | ", q.Content.ToArray().Select(d.Substring));

    [Fact]
    public void An_attribution_set_off_by_commas_inside_the_reported_sentence_leaves_content_on_both_sides()
    {
        var (d, q) = ExtractOne("Recently, Smith said, the company has lost money on every order.");
        Assert.Equal("Recently | the company has lost money on every order", ContentOf(d, q));
    }

    [Fact]
    public void Reported_content_ending_inside_a_quotation_runs_on_to_its_closing_mark()
    {
        var (d, q) = ExtractOne("Smith said that the plan would “fail badly. Nobody in this town wants it.”");
        Assert.Equal("that the plan would “fail badly. Nobody in this town wants it.”", ContentOf(d, q));
    }

    [Fact]
    public void Content_of_a_cue_in_a_relative_clause_ends_where_the_main_clause_goes_on()
    {
        // "refused to concede" may be reported too, by Jones without the relative clause.
        var d = Pipeline.Process(Document.FromText("Jones, who told reporters that the vote was rigged, refused to concede."));
        var q = Assert.Single(d.Get<QuoteLayer>().All(), x => d.Substring(x.Cue!.Value) == "told");
        Assert.Equal("that the vote was rigged", ContentOf(d, q));
    }

    [Fact]
    public void A_speaker_whose_relative_clause_reports_speech_speaks_again_in_the_main_clause_without_it()
    {
        var d = Pipeline.Process(Document.FromText("Barkley, who said he typically votes democratic, said one candidate he likes so far is Ohio Governor John Kasich."));
        var quotes = d.Get<QuoteLayer>().All().ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("he typically votes democratic", ContentOf(d, quotes[0]));
        Assert.Equal("one candidate he likes so far is Ohio Governor John Kasich", ContentOf(d, quotes[1]));
        Assert.Equal("Barkley", d.Substring(quotes[1].Speaker!.Value));
    }

    [Fact]
    public void An_asked_opening_reports_its_question_after_a_place_and_time()
    {
        var d = Pipeline.Process(Document.FromText("Asked in Iowa recently whether he would support the nominee, Rubio gave a roundabout answer."));
        var q = Assert.Single(d.Get<QuoteLayer>().All(), x => d.Substring(x.Cue!.Value) == "Asked");
        Assert.Equal("whether he would support the nominee", ContentOf(d, q));
    }

    [Fact]
    public void A_speaker_and_cue_closing_the_sentence_report_the_clause_before_them_with_its_cues()
    {
        var (d, q) = ExtractOne("The agency met with the director and cited a list of concerns about the script, officials said.");
        Assert.Equal("said", d.Substring(q.Cue!.Value));
        Assert.Equal("officials", d.Substring(q.Speaker!.Value));
        Assert.Equal("The agency met with the director and cited a list of concerns about the script", ContentOf(d, q));
    }

    [Fact]
    public void The_addressee_of_told_is_no_part_of_a_bare_reported_clause()
    {
        var (d, q) = ExtractOne("Smith told reporters he feels good about the race.");
        Assert.Equal("he feels good about the race", ContentOf(d, q));
    }

    [Fact]
    public void A_short_clause_after_the_cue_is_its_content_not_the_words_before_the_speaker()
    {
        var document = Pipeline.Process(Document.FromText("Asked whether he would advise the mayor to resign, Jones said he would not give her advice."));
        var said = Assert.Single(document.Get<QuoteLayer>().All(), q => q.Cue is { } cue && document.Substring(cue) == "said");
        Assert.Equal("he would not give her advice", ContentOf(document, said));
    }

    [Fact]
    public void A_content_keeps_its_closing_percent_sign_and_a_bracket_it_opened()
    {
        var (d, q) = ExtractOne("Smith said support for the plan fell to 36%.");
        Assert.Equal("support for the plan fell to 36%", ContentOf(d, q));
        (d, q) = ExtractOne("Smith said he had met Sen. John McCain (R-Ariz.).");
        Assert.Equal("he had met Sen. John McCain (R-Ariz.)", ContentOf(d, q));
    }

    [Fact]
    public void A_clause_hanging_from_the_object_noun_makes_the_whole_object_the_content()
    {
        var (d, q) = ExtractOne("Smith rejected the idea that the tax would hurt small businesses.");
        Assert.Equal("the idea that the tax would hurt small businesses", ContentOf(d, q));
    }

    [Fact]
    public void A_subject_the_parser_splits_in_two_is_one_source_named_by_its_last_part()
    {
        var (d, q) = ExtractOne("Vermont Sen. Bernie Sanders is pledging to take his campaign to the convention floor.");
        Assert.Equal("Vermont Sen. Bernie Sanders", d.Substring(q.Speaker!.Value));
        Assert.Equal("Bernie Sanders", q.SpeakerName);
    }

    [Fact]
    public void A_participle_cue_after_a_clause_takes_that_clause_s_subject_without_its_verb()
    {
        var d = Pipeline.Process(Document.FromText("Rubio pushed back on those claims Thursday, saying that the bill had the correct security components."));
        var q = Assert.Single(d.Get<QuoteLayer>().All(), q => q.Cue is { } cue && d.Substring(cue) == "saying");
        Assert.Equal("Rubio", d.Substring(q.Speaker!.Value));
        Assert.Equal("Rubio", q.SpeakerName);
    }

    [Fact]
    public void A_subordinator_before_the_speaker_is_no_part_of_the_source()
    {
        var (d, q) = ExtractOne("Two candidates would defeat Clinton, as a new poll shows more voters view her unfavorably.");
        Assert.Equal("a new poll", d.Substring(q.Speaker!.Value));
    }

    [Fact]
    public void A_day_after_the_speaker_is_no_part_of_the_source()
    {
        var (d, q) = ExtractOne("The White House on Monday said the plan would fail.");
        Assert.Equal("The White House", d.Substring(q.Speaker!.Value));
    }

    [Fact]
    public void The_dateline_opening_an_article_is_no_part_of_the_source()
    {
        var (d, q) = ExtractOne("WASHINGTON — Sen. Chuck Grassley said the hearings would not go ahead.");
        Assert.Equal("Sen. Chuck Grassley", d.Substring(q.Speaker!.Value));
    }

    [Fact]
    public void A_relative_pronoun_before_the_speaker_is_the_first_fragment_of_the_content()
    {
        var (d, q) = ExtractOne("The company built two plants, which officials said would open next year.");
        Assert.Equal("which | would open next year", ContentOf(d, q));
    }

    [Fact]
    public void Content_inside_a_fronted_subordinate_clause_ends_where_the_clause_does()
    {
        var (d, q) = ExtractOne("Even as they all vowed to carry their campaigns onward regardless of the results, the sense of urgency was evident all day.");
        Assert.Equal("to carry their campaigns onward regardless of the results", ContentOf(d, q));
    }

    [Fact]
    public void As_with_a_cue_that_has_no_clause_reports_the_main_clause()
    {
        var (d, q) = ExtractOne("As Clinton told the New York Daily News, tax relief is given in exchange for creating jobs.");
        Assert.Equal("tax relief is given in exchange for creating jobs", ContentOf(d, q));
    }

    [Fact]
    public void A_condition_before_a_parenthetical_attribution_of_a_quotation_is_part_of_the_content()
    {
        var (d, q) = ExtractOne("If Clinton is elected, Smith said, \"she might be going back and forth between the White House and the courthouse.\"");
        Assert.Equal("If Clinton is elected | \"she might be going back and forth between the White House and the courthouse.\"", ContentOf(d, q));
    }

    [Fact]
    public void A_quotation_continues_a_quote_whose_pronoun_speaker_is_unresolved()
    {
        var d = Pipeline.Process(Document.FromText("\"The plan is strong,\" he said. \"We will win.\""));
        Assert.Equal(2, d.Get<QuoteLayer>().Count);
        Assert.Contains(d.Get<QuoteLayer>().All(), q => q.ContinuesPrevious);
    }

    [Fact]
    public void A_side_remark_after_a_quotation_s_cue_does_not_take_the_quotation_s_continuation()
    {
        var d = Pipeline.Process(Document.FromText("\"We have come a long way,\" Smith said, noting that he had trailed by 50 points. \"We are going to work hard to win.\""));
        var quotes = d.Get<QuoteLayer>().All().ToList();
        // Not a quote that "continues the previous one": the quote before it in text order is the side remark.
        Assert.DoesNotContain(quotes, q => q.ContinuesPrevious);
        var quotation = Assert.Single(quotes, q => q.Cue is { } c && d.Substring(c) == "said");
        Assert.Equal("\"We have come a long way,\" | \"We are going to work hard to win.\"", ContentOf(d, quotation));
        Assert.Equal(QuoteType.Direct, quotation.Type);
    }

    [Fact]
    public void A_quoted_programme_title_in_the_attribution_does_not_stop_the_quotation_s_continuation()
    {
        var d = Pipeline.Process(Document.FromText("\u201cI was sitting in a house in Florida,\u201d Smith told NBC\u2019s \u201cToday\u201d on Monday. \u201cI could hardly hear what he was saying.\u201d"));
        var continuation = Assert.Single(d.Get<QuoteLayer>().All(), q => q.ContinuesPrevious);
        Assert.Equal("\u201cI could hardly hear what he was saying.\u201d", ContentOf(d, continuation));
        Assert.Equal("Smith", continuation.SpeakerName);
    }

    [Fact]
    public void A_relative_pronoun_that_is_the_object_of_the_cue_verb_is_the_first_fragment_of_its_content()
    {
        var d = Pipeline.Process(Document.FromText("Smith also took aim at Rubio, whom he dubbed \u201cthe little senator.\u201d"));
        var dubbed = Assert.Single(d.Get<QuoteLayer>().All(), q => q.Cue is { } c && d.Substring(c) == "dubbed");
        Assert.Equal("whom | \u201cthe little senator.\u201d", ContentOf(d, dubbed));
    }

    [Fact]
    public void The_addressee_of_tell_before_a_that_clause_is_no_part_of_the_content()
    {
        var (d, q) = ExtractOne("He tells voters that he has a personal view on the subject.");
        Assert.Equal("that he has a personal view on the subject", ContentOf(d, q));
    }

    [Fact]
    public void A_parenthetical_between_the_cue_and_that_is_no_part_of_the_content()
    {
        var (d, q) = ExtractOne("Smith said, however, that he hopes somebody else takes up the cause.");
        Assert.Equal("that he hopes somebody else takes up the cause", ContentOf(d, q));
    }

    [Fact]
    public void A_quotation_after_one_unquoted_sentence_continues_the_quote_before_it()
    {
        var d = Pipeline.Process(Document.FromText("\"This is a fine show,\" said Tom Brennan, a retired teacher from Dover. The theater was full on Friday night. \"It has had a great run.\""));
        var continuation = Assert.Single(d.Get<QuoteLayer>().All(), q => q.ContinuesPrevious);
        Assert.Equal("\"It has had a great run.\"", ContentOf(d, continuation));
    }

    [Fact]
    public void An_apostrophe_in_the_speaker_s_name_is_no_quotation_mark_between_a_quote_and_its_continuation()
    {
        var d = Pipeline.Process(Document.FromText("\"The union is falling apart,\" said Anna in 't Veld, a Dutch member of the council. \"It is a risk everywhere.\""));
        var continuation = Assert.Single(d.Get<QuoteLayer>().All(), q => q.ContinuesPrevious);
        Assert.Equal("\"It is a risk everywhere.\"", ContentOf(d, continuation));
    }

    [Fact]
    public void A_coordinated_cue_inside_an_earlier_content_splits_it_into_two_attributions()
    {
        var d = Pipeline.Process(Document.FromText("Trump blamed Clinton for the turmoil in the Middle East and cast her as an agent of foreign powers."));
        var quotes = d.Get<QuoteLayer>().All().ToList();
        Assert.Equal("Clinton for the turmoil in the Middle East", ContentOf(d, Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == "blamed")));
        Assert.Equal("her as an agent of foreign powers", ContentOf(d, Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == "cast")));
    }

    [Fact]
    public void A_second_clause_with_its_own_speaker_inside_an_earlier_content_is_an_attribution_of_its_own()
    {
        var d = Pipeline.Process(Document.FromText("The mayor said he supports the plan, and his spokesman declined to comment."));
        var quotes = d.Get<QuoteLayer>().All().ToList();
        Assert.Equal("he supports the plan", ContentOf(d, Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == "said")));
        Assert.Equal("his spokesman", d.Substring(Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == "declined").Speaker!.Value));
    }

    [Fact]
    public void Training_records_a_candidate_inside_an_earlier_content_as_nested_in_that_attribution()
    {
        var d = Pipeline.Process(Document.FromText("The mayor said he supports the plan, and his spokesman declined to comment."));
        var candidates = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.LoadDefault() }.Candidates(d);
        var declined = Assert.Single(candidates, c => d.Substring(c.Cue) == "declined");
        Assert.Contains("nest", declined.Features);
        Assert.Contains("nestl=say", declined.Features);
    }

    [Fact]
    public void A_cue_inside_the_complement_of_an_earlier_cue_stays_part_of_its_content()
    {
        var (d, q) = ExtractOne("A poll in January shows 68% of Democratic voters say gun policy will be very important in their vote.");
        Assert.Equal("68% of Democratic voters say gun policy will be very important in their vote", ContentOf(d, q));
    }

    [Fact]
    public void An_attribution_in_the_relative_clause_of_a_later_cue_s_subject_ends_with_that_clause()
    {
        var d = Pipeline.Process(Document.FromText("Tom Baker, who said in an interview that he never signed the agreement, recalled that the company sent a lawyer to his office."));
        var quotes = d.Get<QuoteLayer>().All().ToList();
        Assert.Equal("that he never signed the agreement", ContentOf(d, Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == "said in an interview")));
        Assert.Equal("that the company sent a lawyer to his office", ContentOf(d, Assert.Single(quotes, q => d.Substring(q.Cue!.Value) == "recalled")));
    }
}
