namespace Dossier.Language.Perceptron;

/// <summary>
/// Averages weight tables of linear models over the same features and classes. A perceptron's score is linear in its
/// weights, so the average table scores every decision exactly as the average of the models' scores would: an
/// ensemble of several training runs (different seeds) at the cost of one model's lookups.
/// </summary>
internal static class WeightAveraging
{
    /// <summary>The average of <paramref name="tables"/>, keeping the <paramref name="maxRows"/> features whose strongest averaged weight is largest (as <see cref="SparseWeights.Keep"/>).</summary>
    public static SparseWeights Average(IReadOnlyList<SparseWeights> tables, int maxRows = int.MaxValue)
    {
        if (tables.Count == 0) throw new ArgumentException("nothing to average", nameof(tables));
        int classCount = tables[0].ClassCount;
        if (tables.Any(t => t.ClassCount != classCount)) throw new ArgumentException("tables with different classes", nameof(tables));
        var sums = new Dictionary<ulong, Dictionary<byte, float>>();
        foreach (var table in tables)
        {
            foreach (var (key, start, count) in table.Rows())
            {
                if (!sums.TryGetValue(key, out var row)) sums[key] = row = [];
                for (int e = start; e < start + count; e++)
                    row[table.ClassAt(e)] = row.GetValueOrDefault(table.ClassAt(e)) + table.WeightAt(e) / tables.Count;
            }
        }
        // Cut before building: the union of several full tables can exceed what one table holds.
        var keys = sums.Count <= maxRows ? [.. sums.Keys.Order()]
            : sums.OrderByDescending(p => p.Value.Values.Max(Math.Abs)).ThenBy(p => p.Key).Take(maxRows).Select(p => p.Key).Order().ToArray();
        var starts = new int[keys.Length + 1];
        var weights = new List<float>();
        var classes = new List<byte>();
        for (int r = 0; r < keys.Length; r++)
        {
            starts[r] = weights.Count;
            foreach (var (cls, weight) in sums[keys[r]].OrderBy(p => p.Key))
            {
                weights.Add(weight);
                classes.Add(cls);
            }
        }
        starts[keys.Length] = weights.Count;
        return new SparseWeights(classCount, keys, starts, [.. weights], [.. classes]);
    }
}
