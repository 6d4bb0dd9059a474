namespace Dossier.Language.Tagging;

/// <summary>
/// The tagger's classes: each class is a (Penn tag, UPOS) pair seen in training, so one decision gives both
/// tags and they never contradict each other.
/// </summary>
internal sealed class TagSet
{
    private readonly PennTag[] _tags;
    private readonly UniversalPos[] _pos;
    private readonly Dictionary<(PennTag, UniversalPos), int> _index = [];

    public TagSet(IReadOnlyList<(PennTag Tag, UniversalPos Pos)> pairs)
    {
        _tags = [.. pairs.Select(p => p.Tag)];
        _pos = [.. pairs.Select(p => p.Pos)];
        for (int i = 0; i < pairs.Count; i++) _index[pairs[i]] = i;
    }

    public int Count => _tags.Length;

    /// <summary>The value standing for "no tag" before the sentence start, in tag features.</summary>
    public int Boundary => Count;

    public PennTag TagOf(int cls) => _tags[cls];
    public UniversalPos PosOf(int cls) => _pos[cls];

    public int IndexOf(PennTag tag, UniversalPos pos) => _index.TryGetValue((tag, pos), out int i) ? i : -1;

    public IEnumerable<(PennTag Tag, UniversalPos Pos)> Pairs => _tags.Zip(_pos);
}
