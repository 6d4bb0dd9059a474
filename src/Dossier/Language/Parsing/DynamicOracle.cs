namespace Dossier.Language.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): from any configuration, how many gold
/// arcs each transition makes unreachable. Training follows zero-cost transitions from configurations the model
/// itself reached, so the parser learns to recover from its own mistakes. Exact for projective trees; on the few
/// non-projective training trees the cheapest transitions stand in for the zero-cost ones.
/// </summary>
internal sealed class DynamicOracle
{
    private int[] _goldHeads = [];
    private DependencyRelation[] _goldRelations = [];
    private int[] _dependentStart = [];
    private int[] _dependents = [];

    /// <summary>Sets the gold tree: heads are word indices, the root's head is n (the root node).</summary>
    public void Reset(ReadOnlySpan<int> heads, ReadOnlySpan<DependencyRelation> relations)
    {
        int n = heads.Length;
        _goldHeads = heads.ToArray();
        _goldRelations = relations.ToArray();
        // Dependents of each node (the root included), in word order: a CSR index.
        _dependentStart = new int[n + 2];
        foreach (int h in heads) _dependentStart[h + 1]++;
        for (int i = 0; i <= n; i++) _dependentStart[i + 1] += _dependentStart[i];
        _dependents = new int[n];
        var fill = (int[])_dependentStart.Clone();
        for (int d = 0; d < n; d++) _dependents[fill[heads[d]]++] = d;
    }

    public int GoldHead(int word) => _goldHeads[word];
    public DependencyRelation GoldRelation(int word) => _goldRelations[word];

    public int LeftCost(ParserState state)
    {
        int s0 = state.Stack(0), s1 = state.Stack(1), b = state.Next;
        int h = _goldHeads[s0];
        int cost = (h == s1 && s1 != ParserState.None) || h > b ? 1 : 0;
        return cost + DependentsFrom(s0, b);
    }

    public int RightCost(ParserState state)
    {
        int s0 = state.Stack(0), b = state.Next;
        return (_goldHeads[s0] >= b ? 1 : 0) + DependentsFrom(s0, b);
    }

    public int ShiftCost(ParserState state)
    {
        int b = state.Next, s0 = state.Stack(0);
        int cost = 0;
        int h = _goldHeads[b];
        foreach (int item in state.StackItems)
        {
            if (item != s0 && item == h) cost++;
            if (_goldHeads[item] == b) cost++;
        }
        return cost;
    }

    // Gold dependents of `head` still in the buffer [from, n): buffer words have no head yet, so all are reachable until now.
    private int DependentsFrom(int head, int from)
    {
        int count = 0;
        for (int i = _dependentStart[head + 1] - 1; i >= _dependentStart[head] && _dependents[i] >= from; i--) count++;
        return count;
    }
}
