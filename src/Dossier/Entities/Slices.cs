namespace Dossier.Entities;

/// <summary>Variable-length lists stored as one flat array plus offsets (compressed sparse rows): slice i is items[offsets[i]..offsets[i+1]].</summary>
internal sealed class Slices<T>
{
    private readonly T[] _items;
    private readonly int[] _offsets;

    public Slices(T[] items, int[] offsets)
    {
        _items = items;
        _offsets = offsets;
    }

    public static Slices<T> Empty { get; } = new([], [0]);

    public ReadOnlySpan<T> this[int index] => _items.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public static Slices<T> From(IReadOnlyList<List<T>> lists)
    {
        var offsets = new int[lists.Count + 1];
        for (int i = 0; i < lists.Count; i++) offsets[i + 1] = offsets[i] + lists[i].Count;
        var items = new T[offsets[^1]];
        for (int i = 0; i < lists.Count; i++) lists[i].CopyTo(items, offsets[i]);
        return new Slices<T>(items, offsets);
    }
}
