using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>The extractor weighs a feature from its parts, by hash; it must weigh exactly what the joined string weighs.</summary>
public class WeightSumTests
{
    private static readonly CueClassifier Model = new(new Dictionary<string, float>
    {
        ["w=said"] = 1.25f,
        ["cl|w=say|that"] = -0.5f,
        ["bias"] = 0.125f,
    });

    [Fact]
    public void A_feature_in_parts_weighs_what_its_joined_string_weighs()
    {
        var sum = new WeightSum(Model);
        sum.Add("w=", "said");
        sum.Add("cl|w=", "say", "|", "that");
        sum.Add("bias");
        Assert.Equal(Model.Probability(["w=said", "cl|w=say|that", "bias"]), sum.Probability);
    }

    [Fact]
    public void The_same_characters_split_elsewhere_are_the_same_feature()
    {
        var sum = new WeightSum(Model);
        sum.Add("w=s", "ai", "d");
        Assert.Equal(1.25, sum.Z);
    }

    [Fact]
    public void A_feature_the_model_does_not_know_weighs_nothing_even_when_it_begins_like_a_known_one()
    {
        var sum = new WeightSum(Model);
        sum.Add("w=", "sai");
        sum.Add("w=", "saidx");
        sum.Add("cl|w=", "say", "|");
        Assert.Equal(0, sum.Z);
    }

    [Fact]
    public void Clearing_forgets_the_features_not_yet_weighed()
    {
        var sum = new WeightSum(Model);
        sum.Add("w=said");
        sum.Clear();
        sum.Add("bias");
        Assert.Equal(0.125, sum.Z);
    }
}
