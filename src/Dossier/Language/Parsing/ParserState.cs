namespace Dossier.Language.Parsing;

/// <summary>
/// A configuration of the arc-hybrid parser over one sentence of n words, with the artificial root as word n at
/// the end of the buffer (Ballesteros and Nivre 2013): the root can only take the last word left on the stack,
/// so every parse has exactly one root. The buffer is always the suffix [<see cref="Next"/>, n]. Reused across
/// sentences to avoid allocation; not thread-safe.
/// </summary>
internal sealed class ParserState
{
    public const int None = -1;

    private int[] _stack = new int[64];
    public int[] Heads = new int[64];
    public DependencyRelation[] Relations = new DependencyRelation[64];
    // Children as the features need them: the two leftmost and two rightmost, counts, and the relations used.
    public int[] Left1 = new int[65], Left2 = new int[65], Right1 = new int[65], Right2 = new int[65];
    public int[] LeftCount = new int[65], RightCount = new int[65];
    public ulong[] LeftLabels = new ulong[65], RightLabels = new ulong[65];

    public int Count { get; private set; }
    public int StackSize { get; private set; }
    /// <summary>The first buffer word; equal to <see cref="Count"/> when only the root is left.</summary>
    public int Next { get; private set; }
    public int Root => Count;

    public bool IsTerminal => StackSize == 0 && Next == Count;

    /// <summary>The stack word <paramref name="depth"/> below the top (0 = top), or <see cref="None"/>.</summary>
    public int Stack(int depth) => depth < StackSize ? _stack[StackSize - 1 - depth] : None;

    /// <summary>The buffer word at <paramref name="offset"/> (0 = first; the root counts), or <see cref="None"/>.</summary>
    public int Buffer(int offset) => Next + offset <= Count ? Next + offset : None;

    public ReadOnlySpan<int> StackItems => _stack.AsSpan(0, StackSize);

    public void Reset(int count)
    {
        if (_stack.Length < count + 1)
        {
            int size = Math.Max(count + 1, _stack.Length * 2);
            _stack = new int[size];
            Heads = new int[size];
            Relations = new DependencyRelation[size];
            Left1 = new int[size + 1]; Left2 = new int[size + 1]; Right1 = new int[size + 1]; Right2 = new int[size + 1];
            LeftCount = new int[size + 1]; RightCount = new int[size + 1];
            LeftLabels = new ulong[size + 1]; RightLabels = new ulong[size + 1];
        }
        Count = count;
        StackSize = 0;
        Next = 0;
        Heads.AsSpan(0, count).Fill(None);
        Relations.AsSpan(0, count).Clear();
        Left1.AsSpan(0, count + 1).Fill(None);
        Left2.AsSpan(0, count + 1).Fill(None);
        Right1.AsSpan(0, count + 1).Fill(None);
        Right2.AsSpan(0, count + 1).Fill(None);
        LeftCount.AsSpan(0, count + 1).Clear();
        RightCount.AsSpan(0, count + 1).Clear();
        LeftLabels.AsSpan(0, count + 1).Clear();
        RightLabels.AsSpan(0, count + 1).Clear();
    }

    public bool CanShift => Next < Count;

    /// <summary>LEFT-ARC needs a stack; onto the root only when one word is left, so the root gets exactly one child.</summary>
    public bool CanLeft => StackSize > 0 && (Next < Count || StackSize == 1);

    public bool CanRight => StackSize > 1;

    public bool IsLegal(int cls)
    {
        if (cls == Transition.Shift) return CanShift;
        bool root = Transition.RelationOf(cls) == DependencyRelation.Root;
        if (Transition.IsLeft(cls)) return CanLeft && root == (Next == Count);
        return CanRight && !root;
    }

    public void Apply(int cls)
    {
        if (cls == Transition.Shift)
        {
            _stack[StackSize++] = Next++;
            return;
        }
        var relation = Transition.RelationOf(cls);
        int dependent = _stack[--StackSize];
        if (Transition.IsLeft(cls)) AddLeftChild(Next, dependent, relation);
        else AddRightChild(_stack[StackSize - 1], dependent, relation);
        Heads[dependent] = Transition.IsLeft(cls) ? Next : _stack[StackSize - 1];
        Relations[dependent] = relation;
    }

    // Arc-hybrid adds a head's left children right to left and its right children left to right.
    private void AddLeftChild(int head, int child, DependencyRelation relation)
    {
        Left2[head] = Left1[head];
        Left1[head] = child;
        LeftCount[head]++;
        LeftLabels[head] |= 1UL << (int)relation;
    }

    private void AddRightChild(int head, int child, DependencyRelation relation)
    {
        Right2[head] = Right1[head];
        Right1[head] = child;
        RightCount[head]++;
        RightLabels[head] |= 1UL << (int)relation;
    }
}
