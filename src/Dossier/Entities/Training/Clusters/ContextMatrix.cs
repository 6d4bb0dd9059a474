namespace Dossier.Entities.Training.Clusters;

/// <summary>
/// The word × context matrix clusters are learned from: rows are words seen at least MinCount times (as written),
/// columns are the left and the right neighbour (lower case; the most frequent words, plus a shape class for the
/// rest), cells are positive PMI with context-distribution smoothing (α = 0.75, Levy, Goldberg and Dagan 2015).
/// </summary>
internal static class ContextMatrix
{
    /// <summary>Rarer neighbours fall into one of these shape classes: capitalised, lower case, number, other.</summary>
    private const int ShapeClasses = 4;
    private const double Alpha = 0.75;

    public static SparseMatrix Build(CorpusStatistics stats, IReadOnlyList<string> vocabulary, int contextWords)
    {
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Count; i++) rowOf[vocabulary[i]] = i;
        var lowerCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (word, count) in stats.WordCounts)
        {
            string lower = word.ToLowerInvariant();
            lowerCounts[lower] = lowerCounts.GetValueOrDefault(lower) + count;
        }
        var contextRank = lowerCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(contextWords).Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        int side = contextWords + ShapeClasses + 1; // + 1: the sentence boundary
        int columns = 2 * side;
        var rowIds = new int[stats.Words.Count];
        var contextIds = new int[stats.Words.Count];
        for (int id = 0; id < stats.Words.Count; id++)
        {
            string w = stats.Words[id];
            rowIds[id] = rowOf.GetValueOrDefault(w, -1);
            contextIds[id] = contextRank.TryGetValue(w.ToLowerInvariant(), out int rank) ? rank : contextWords + ShapeClass(w);
        }
        int boundary = side - 1;

        // Count (row, column) pairs by sorting packed longs: far lighter than a dictionary of pairs.
        var pairs = new List<long>();
        foreach (var sentence in stats.Sentences)
        {
            for (int t = 0; t < sentence.Length; t++)
            {
                int row = rowIds[sentence[t]];
                if (row < 0) continue;
                int left = t > 0 ? contextIds[sentence[t - 1]] : boundary;
                int right = t + 1 < sentence.Length ? contextIds[sentence[t + 1]] : boundary;
                pairs.Add((long)row * columns + left);
                pairs.Add((long)row * columns + side + right);
            }
        }
        var sorted = pairs.ToArray();
        pairs.Clear();
        Array.Sort(sorted);

        var rowTotals = new double[vocabulary.Count];
        var columnTotals = new double[columns];
        var cells = new List<(int Row, int Column, int Count)>();
        for (int i = 0; i < sorted.Length;)
        {
            int j = i;
            while (j < sorted.Length && sorted[j] == sorted[i]) j++;
            int row = (int)(sorted[i] / columns), column = (int)(sorted[i] % columns);
            cells.Add((row, column, j - i));
            rowTotals[row] += j - i;
            columnTotals[column] += j - i;
            i = j;
        }
        double total = sorted.Length;
        double smoothedTotal = columnTotals.Sum(c => Math.Pow(c, Alpha));
        var rowStarts = new int[vocabulary.Count + 1];
        var columnIndices = new List<int>();
        var values = new List<float>();
        int cell = 0;
        for (int r = 0; r < vocabulary.Count; r++)
        {
            rowStarts[r] = columnIndices.Count;
            for (; cell < cells.Count && cells[cell].Row == r; cell++)
            {
                var (_, c, n) = cells[cell];
                double pmi = Math.Log(n / total / (rowTotals[r] / total * (Math.Pow(columnTotals[c], Alpha) / smoothedTotal)));
                if (pmi <= 0) continue;
                columnIndices.Add(c);
                values.Add((float)pmi);
            }
        }
        rowStarts[vocabulary.Count] = columnIndices.Count;
        return new SparseMatrix(vocabulary.Count, columns, rowStarts, [.. columnIndices], [.. values]);
    }

    private static int ShapeClass(string w) =>
        w.Length > 0 && char.IsUpper(w[0]) ? 0 : w.Any(char.IsLetter) ? 1 : w.Any(char.IsDigit) ? 2 : 3;
}
