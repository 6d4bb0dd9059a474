using Dossier.Entities;
using Dossier.Entities.Values;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Entities;

public class ValueFinderTests
{
    private static List<(string Text, EntityType Type)> Values(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = new List<ValueFinder.Value>();
        ValueFinder.Find(tokens, new TokenRange(0, tokens.Count), new bool[tokens.Count], found);
        return [.. found.Select(v => (text[tokens.SpanOf(v.Tokens).Start..tokens.SpanOf(v.Tokens).End], v.Type))];
    }

    [Theory]
    [InlineData("It happened on November 8, 2021 in Kandahar.", "November 8, 2021")]
    [InlineData("He spoke on Monday.", "Monday")]
    [InlineData("At least 25 people were killed last week.", "last week")]
    [InlineData("They met a few weeks ago.", "a few weeks ago")]
    [InlineData("It ended over the past several weeks in particular.", "the past several weeks")]
    [InlineData("a 20-year war", "20-year")]
    [InlineData("the fall of Kabul in August", "August")]
    public void Dates_are_found(string text, string date) =>
        Assert.Contains((date, EntityType.Date), Values(text));

    [Fact]
    public void Money_percent_time_and_counts_are_told_apart()
    {
        var values = Values("It cost $2 billion, up 3.5% or 20 percent, at 10:30 p.m. when 8,000 people left.");
        Assert.Equal(
            [("$2 billion", EntityType.Money), ("3.5%", EntityType.Percent), ("20 percent", EntityType.Percent), ("10:30 p.m.", EntityType.Time), ("8,000", EntityType.Cardinal)],
            values);
    }

    [Fact]
    public void A_lone_month_word_that_is_also_a_verb_is_not_a_date()
    {
        Assert.Empty(Values("They may march on."));
    }
}
