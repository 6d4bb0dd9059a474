using Dossier.Language.Perceptron;

namespace Dossier.Tests.Language;

public class WeightAveragingTests
{
    private const int Classes = 5;
    private const ulong A = 0x1111_0000_0000_0000UL, B = 0x2222_0000_0000_0000UL, C = 0x3333_0000_0000_0000UL;

    [Fact]
    public void The_average_table_scores_as_the_mean_of_the_tables_scores()
    {
        // Features A and B in the first table, B and C in the second, with overlapping and disjoint classes.
        var first = new SparseWeights(Classes, [A, B], [0, 2, 3], [1f, -2f, 4f], [0, 3, 1]);
        var second = new SparseWeights(Classes, [B, C], [0, 2, 3], [2f, 6f, -1f], [1, 4, 2]);
        var average = WeightAveraging.Average([first, second]);
        ulong[] features = [A, B, C];
        var expected = new float[Classes];
        var scores = new float[Classes];
        first.Score(features, scores);
        for (int c = 0; c < Classes; c++) expected[c] += scores[c] / 2;
        Array.Clear(scores);
        second.Score(features, scores);
        for (int c = 0; c < Classes; c++) expected[c] += scores[c] / 2;
        Array.Clear(scores);
        average.Score(features, scores);
        // Weights are stored with a relative error below 2^-15 (the class rides in the mantissa's low bits).
        for (int c = 0; c < Classes; c++) Assert.Equal(expected[c], scores[c], 0.001f);
        Assert.Equal(3, average.FeatureCount);
    }
}
