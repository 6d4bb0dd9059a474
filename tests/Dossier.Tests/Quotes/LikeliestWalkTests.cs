using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>The likeliest walk, folded step by step, and when it may stop scoring further steps.</summary>
public class LikeliestWalkTests
{
    private static LikeliestWalk Walk(double threshold, params (int Token, double P)[] steps)
    {
        var walk = new LikeliestWalk();
        walk.Clear(threshold);
        foreach (var (token, p) in steps) walk.Add(token, p);
        return walk;
    }

    [Fact]
    public void A_walk_with_no_steps_stays()
    {
        Assert.Equal(-1, Walk(0.5).End);
    }

    [Fact]
    public void A_doubtful_first_step_settles_the_walk_at_staying()
    {
        var walk = Walk(0.5, (7, 0.3));
        Assert.True(walk.Settled);
        Assert.Equal(-1, walk.End);
    }

    [Fact]
    public void A_rare_first_word_of_a_common_phrase_is_taken_with_the_phrase()
    {
        // "said in | a statement": "in" alone is doubtful, the whole walk is likely.
        var walk = Walk(0.5, (3, 0.6), (4, 0.95), (5, 0.95), (6, 0.1));
        Assert.Equal(6, walk.End);
    }

    [Fact]
    public void A_settled_walk_ends_where_the_full_walk_would()
    {
        // Once settled, later steps (however likely) cannot beat the best walk: the end stays where it was.
        var settled = Walk(0.7, (3, 0.9), (4, 0.2));
        Assert.True(settled.Settled);
        var full = Walk(0.7, (3, 0.9), (4, 0.2), (5, 0.99), (6, 0.99));
        Assert.Equal(settled.End, full.End);
        Assert.Equal(4, full.End);
    }
}
