namespace Dossier.Entities.Tagging;

/// <summary>
/// How often each word was given each name type so far in the document (Ratinov and Roth's "extended prediction
/// history"), or by the first stage over the whole document. Reused per document; no allocation once warm.
/// </summary>
internal sealed class LabelHistory
{
    /// <summary>Columns: the four name types and O.</summary>
    public const int Columns = NerLabels.TypeCount + 1;

    private readonly Dictionary<ulong, int> _rows = [];
    private int[] _counts = new int[Columns * 64];

    public void Clear() => _rows.Clear();

    /// <summary>Counts one occurrence of <paramref name="word"/> with name type <paramref name="type"/> (-1 for O).</summary>
    public void Add(ulong word, int type)
    {
        if (!_rows.TryGetValue(word, out int row))
        {
            row = _rows.Count;
            _rows[word] = row;
            if ((row + 1) * Columns > _counts.Length) Array.Resize(ref _counts, _counts.Length * 2);
            Array.Clear(_counts, row * Columns, Columns);
        }
        _counts[row * Columns + (type < 0 ? NerLabels.TypeCount : type)]++;
    }

    /// <summary>The counts for <paramref name="word"/> (types then O), or an empty span when it has none.</summary>
    public ReadOnlySpan<int> Counts(ulong word) =>
        _rows.TryGetValue(word, out int row) ? _counts.AsSpan(row * Columns, Columns) : default;
}
