namespace Dossier.Entities.Training.Clusters;

/// <summary>
/// A binary tree over unit vectors by recursive spherical 2-means: each split gives its halves the bits 0 and 1,
/// so a word's path is a Brown-style bit string whose prefixes are coarser clusters.
/// </summary>
internal sealed class BisectingKMeans(float[] vectors, int dimensions, int maxDepth, int minLeaf, Random random)
{
    private const int Iterations = 10;

    /// <summary>Bit paths ("0110…") for every row of <c>vectors</c>.</summary>
    public string[] Paths()
    {
        int n = vectors.Length / dimensions;
        var paths = new string[n];
        Split(Enumerable.Range(0, n).ToArray(), "", paths);
        return paths;
    }

    private void Split(int[] members, string path, string[] paths)
    {
        if (path.Length >= maxDepth || members.Length < 2 * minLeaf)
        {
            foreach (int m in members) paths[m] = path.Length == 0 ? "0" : path;
            return;
        }
        var a = Row(members[random.Next(members.Length)]).ToArray();
        // The second seed: the member least similar to the first (the far end of the cluster).
        int far = members.MinBy(m => Dot(Row(m), a));
        var b = Row(far).ToArray();
        var side = new bool[members.Length];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int i = 0; i < members.Length; i++) side[i] = Dot(Row(members[i]), b) > Dot(Row(members[i]), a);
            Centroid(members, side, false, a);
            Centroid(members, side, true, b);
        }
        var left = members.Where((_, i) => !side[i]).ToArray();
        var right = members.Where((_, i) => side[i]).ToArray();
        if (left.Length == 0 || right.Length == 0)
        {
            foreach (int m in members) paths[m] = path.Length == 0 ? "0" : path;
            return;
        }
        Split(left, path + "0", paths);
        Split(right, path + "1", paths);
    }

    private ReadOnlySpan<float> Row(int i) => vectors.AsSpan(i * dimensions, dimensions);

    private static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var vx = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(x);
        var vy = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(y);
        var sum = System.Numerics.Vector<float>.Zero;
        for (int i = 0; i < vx.Length; i++) sum += vx[i] * vy[i];
        float total = System.Numerics.Vector.Sum(sum);
        for (int i = vx.Length * System.Numerics.Vector<float>.Count; i < x.Length; i++) total += x[i] * y[i];
        return total;
    }

    private void Centroid(int[] members, bool[] side, bool which, float[] centroid)
    {
        Array.Clear(centroid);
        for (int i = 0; i < members.Length; i++)
        {
            if (side[i] != which) continue;
            var row = Row(members[i]);
            for (int d = 0; d < dimensions; d++) centroid[d] += row[d];
        }
        float norm = MathF.Sqrt(Dot(centroid, centroid));
        if (norm > 0) for (int d = 0; d < dimensions; d++) centroid[d] /= norm;
    }
}
