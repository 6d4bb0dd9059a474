namespace Dossier.Entities.Training.Clusters;

/// <summary>
/// Truncated SVD by random projection (Halko, Martinsson and Tropp 2011): Y = (A Aᵀ)^q A Ω, Q = orth(Y),
/// B = Qᵀ A, then the small SVD of B from the eigenvectors of B Bᵀ (Jacobi). Returns the rows of U Σ^power.
/// </summary>
internal static class RandomizedSvd
{
    public static float[] LeftVectors(SparseMatrix a, int rank, int oversample, int powerIterations, double power, Random random)
    {
        int k = rank + oversample;
        var omega = new float[a.Columns * k];
        for (int i = 0; i < omega.Length; i++) omega[i] = Gaussian(random);
        var y = a.Multiply(omega, k);
        Orthonormalise(y, a.Rows, k);
        for (int q = 0; q < powerIterations; q++)
        {
            var z = a.TransposeMultiply(y, k);
            Orthonormalise(z, a.Columns, k);
            y = a.Multiply(z, k);
            Orthonormalise(y, a.Rows, k);
        }
        // B = Qᵀ A is k × columns; keep it as Bᵀ = Aᵀ Q (columns × k) and form B Bᵀ = (Bᵀ)ᵀ Bᵀ.
        var bt = a.TransposeMultiply(y, k);
        var gram = new double[k * k];
        for (int c = 0; c < a.Columns; c++)
        {
            var row = bt.AsSpan(c * k, k);
            for (int i = 0; i < k; i++)
            {
                double ri = row[i];
                if (ri == 0) continue;
                for (int j = i; j < k; j++) gram[i * k + j] += ri * row[j];
            }
        }
        for (int i = 0; i < k; i++) for (int j = 0; j < i; j++) gram[i * k + j] = gram[j * k + i];
        var (eigenvalues, eigenvectors) = JacobiEigen(gram, k);
        var order = Enumerable.Range(0, k).OrderByDescending(i => eigenvalues[i]).Take(rank).ToArray();
        // U = Q Ũ; scale column j by σ_j^power where σ_j = sqrt(eigenvalue_j).
        var result = new float[a.Rows * rank];
        for (int r = 0; r < a.Rows; r++)
        {
            var qRow = y.AsSpan(r * k, k);
            for (int j = 0; j < rank; j++)
            {
                int e = order[j];
                double sum = 0;
                for (int i = 0; i < k; i++) sum += qRow[i] * eigenvectors[i * k + e];
                result[r * rank + j] = (float)(sum * Math.Pow(Math.Sqrt(Math.Max(eigenvalues[e], 0)), power));
            }
        }
        return result;
    }

    private static float Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    /// <summary>Modified Gram–Schmidt on the columns of a row-major rows × k matrix, in place.</summary>
    private static void Orthonormalise(float[] m, int rows, int k)
    {
        var column = new double[rows];
        for (int j = 0; j < k; j++)
        {
            for (int r = 0; r < rows; r++) column[r] = m[r * k + j];
            for (int p = 0; p < j; p++)
            {
                double dot = 0;
                for (int r = 0; r < rows; r++) dot += column[r] * m[r * k + p];
                for (int r = 0; r < rows; r++) column[r] -= dot * m[r * k + p];
            }
            double norm = Math.Sqrt(column.Sum(x => x * x));
            if (norm < 1e-12) norm = 1;
            for (int r = 0; r < rows; r++) m[r * k + j] = (float)(column[r] / norm);
        }
    }

    /// <summary>Eigen-decomposition of a symmetric n × n matrix by cyclic Jacobi rotations; eigenvectors in columns.</summary>
    private static (double[] Values, double[] Vectors) JacobiEigen(double[] a, int n)
    {
        var v = new double[n * n];
        for (int i = 0; i < n; i++) v[i * n + i] = 1;
        for (int sweep = 0; sweep < 60; sweep++)
        {
            double off = 0;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) off += a[i * n + j] * a[i * n + j];
            if (off < 1e-18) break;
            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    double apq = a[p * n + q];
                    if (Math.Abs(apq) < 1e-15) continue;
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k * n + p], akq = a[k * n + q];
                        a[k * n + p] = c * akp - s * akq;
                        a[k * n + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p * n + k], aqk = a[q * n + k];
                        a[p * n + k] = c * apk - s * aqk;
                        a[q * n + k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k * n + p], vkq = v[k * n + q];
                        v[k * n + p] = c * vkp - s * vkq;
                        v[k * n + q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i * n + i];
        return (values, v);
    }
}
