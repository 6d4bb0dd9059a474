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
    public void Sparse_rows_that_share_a_class_add_up_in_a_full_width_score_buffer_and_leave_nothing_for_the_next_call()
    {
        // Three sparse rows (two share class 3) and a dense one; a buffer of ScoreLength scores takes the vector path.
        var weights = new List<float> { 1.5f, -2.25f, 0.75f, 2f };
        var classes = new List<byte> { 3, 30, 3, 7 };
        for (int c = 0; c < Classes; c++)
        {
            weights.Add(c * 0.5f - 4);
            classes.Add((byte)c);
        }
        var table = new SparseWeights(Classes, [0x1111_0000_0000_0000UL, 0x2222_0000_0000_0000UL, 0x4444_0000_0000_0000UL, 0x5555_0000_0000_0000UL],
            [0, 2, 3, 4, 4 + Classes], [.. weights], [.. classes]);
        var scores = new float[table.ScoreLength];
        table.Score([0x1111_0000_0000_0000UL, 0x2222_0000_0000_0000UL, 0x5555_0000_0000_0000UL], scores);
        for (int c = 0; c < Classes; c++)
        {
            float expected = c * 0.5f - 4 + (c == 3 ? 1.5f + 0.75f : c == 30 ? -2.25f : 0);
            Assert.Equal(expected, scores[c], 0.01f);
        }
        var next = new float[table.ScoreLength];
        table.Score([0x4444_0000_0000_0000UL], next);
        Assert.Equal(2f, next[7], 0.01f);
        Assert.Equal(0f, next[3]);
        Assert.Equal(0f, next[30]);
    }

    [Fact]
    public void Rows_of_a_table_with_dense_rows_still_list_every_entry()
    {
        var rows = Table().Rows().OrderBy(r => r.Key).ToList();
        Assert.Equal([2, Classes], rows.Select(r => r.Count));
    }

    [Fact]
    public void Pruning_drops_small_weights_of_sparse_rows_and_keeps_dense_rows_whole()
    {
        // Row 0 (1.5, -2.25) is sparse: 2 drops 1.5. Row 1 has every class, so it stays dense and whole.
        var rows = Table().Prune(2).Rows().OrderBy(r => r.Key).ToList();
        Assert.Equal([1, Classes], rows.Select(r => r.Count));
    }

    [Fact]
    public void Pruning_drops_a_row_left_without_weights()
    {
        var pruned = Table().Prune(3);
        Assert.Equal([0x2222_0000_0000_0000UL], pruned.Rows().Select(r => r.Key));
        var scores = new float[Classes];
        pruned.Score([0x1111_0000_0000_0000UL, 0x2222_0000_0000_0000UL], scores);
        Assert.Equal(-2.5f, scores[3], 0.01f);
        Assert.Equal(14, scores[Classes - 1], 0.01f);
    }
}
