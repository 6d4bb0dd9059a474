using Dossier.Eval.Quotes;

namespace Dossier.Tests.Eval;

public class PronounResolutionScoreTests
{
    [Theory]
    [InlineData("Former Arizona governor Jan Brewer", "Brewer")]
    [InlineData("Christine Link, executive director of the ACLU in Ohio", "Link")]
    [InlineData("Former New York Gov. George Pataki", "Pataki")]
    [InlineData("House Majority Leader Kevin McCarthy, R-Calif.", "McCarthy")]
    [InlineData("Clinton's campaign", "Clinton")]
    public void The_antecedent_of_a_pronoun_source_is_the_last_name_before_the_first_comma(string source, string head) =>
        Assert.Equal(head, PronounResolutionScore.LastCapitalised(source));

    [Theory]
    [InlineData("he")]
    [InlineData("the campaign")]
    public void A_pronoun_or_an_uncapitalised_source_names_no_antecedent(string source) =>
        Assert.Null(PronounResolutionScore.LastCapitalised(source));
}
