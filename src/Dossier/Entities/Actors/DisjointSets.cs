namespace Dossier.Entities.Actors;

/// <summary>Union–find over 0..n-1 with path halving; the smaller index becomes the root, so groups keep text order.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        for (int i = 0; i < count; i++) _parent[i] = i;
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return;
        if (ra < rb) _parent[rb] = ra;
        else _parent[ra] = rb;
    }
}
