using Dossier.Language.Perceptron;

namespace Dossier.Tests.Language;

public class SparseWeightsTests
{
    private const int Classes = 37;

    // Row 0 is sparse (two classes), row 1 dense (every class), so both ways of adding a row are exercised.
    private static SparseWeights Table()
    {
        var weights = new List<float> { 1.5f, -2.25f };
        var classes = new List<byte> { 3, 30 };
        for (int c = 0; c < Classes; c++)
        {
            weights.Add(c * 0.5f - 4);
            classes.Add((byte)c);
        }
        return new SparseWeights(Classes, [0x1111_0000_0000_0000UL, 0x2222_0000_0000_0000UL], [0, 2, 2 + Classes], [.. weights], [.. classes]);
    }

    [Fact]
    public void Sparse_and_dense_rows_add_the_same_weights_they_were_built_with()
    {
        var scores = new float[Classes];
        Table().Score([0x1111_0000_0000_0000UL, 0x2222_0000_0000_0000UL, 0x3333_0000_0000_0000UL], scores);
        for (int c = 0; c < Classes; c++)
        {
            float expected = c * 0.5f - 4 + (c == 3 ? 1.5f : c == 30 ? -2.25f : 0);
            Assert.Equal(expected, scores[c], 0.01f);
        }
    }

    [Fact]
    public void Rows_of_a_table_with_dense_rows_still_list_every_entry()
    {
        var rows = Table().Rows().OrderBy(r => r.Key).ToList();
        Assert.Equal([2, Classes], rows.Select(r => r.Count));
    }
}
