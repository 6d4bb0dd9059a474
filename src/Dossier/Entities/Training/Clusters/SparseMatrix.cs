namespace Dossier.Entities.Training.Clusters;

/// <summary>A sparse matrix in compressed rows (CSR) with the two products randomized SVD needs.</summary>
internal sealed class SparseMatrix(int rows, int columns, int[] rowStarts, int[] columnIndices, float[] values)
{
    public int Rows { get; } = rows;
    public int Columns { get; } = columns;
    public int NonZeros => values.Length;

    /// <summary>This × <paramref name="dense"/> (Columns × k, row-major) → Rows × k.</summary>
    public float[] Multiply(float[] dense, int k)
    {
        var result = new float[Rows * k];
        for (int r = 0; r < Rows; r++)
        {
            var target = result.AsSpan(r * k, k);
            for (int p = rowStarts[r]; p < rowStarts[r + 1]; p++)
            {
                float v = values[p];
                var source = dense.AsSpan(columnIndices[p] * k, k);
                for (int j = 0; j < k; j++) target[j] += v * source[j];
            }
        }
        return result;
    }

    /// <summary>Thisᵀ × <paramref name="dense"/> (Rows × k, row-major) → Columns × k.</summary>
    public float[] TransposeMultiply(float[] dense, int k)
    {
        var result = new float[Columns * k];
        for (int r = 0; r < Rows; r++)
        {
            var source = dense.AsSpan(r * k, k);
            for (int p = rowStarts[r]; p < rowStarts[r + 1]; p++)
            {
                float v = values[p];
                var target = result.AsSpan(columnIndices[p] * k, k);
                for (int j = 0; j < k; j++) target[j] += v * source[j];
            }
        }
        return result;
    }
}
