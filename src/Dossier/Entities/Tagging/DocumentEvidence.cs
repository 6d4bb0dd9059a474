namespace Dossier.Entities.Tagging;

/// <summary>
/// What the first stage found in the whole document, for the second stage (Ratinov and Roth 2009, two-stage
/// prediction aggregation): the name types each word received, and where each word sat inside found names.
/// </summary>
internal sealed class DocumentEvidence
{
    private readonly Dictionary<ulong, uint> _positions = [];

    public LabelHistory Types { get; } = new();

    /// <summary>Bit <c>type * 4 + position</c> (B, I, L, U) for each first-stage name the word was part of.</summary>
    public uint EntityPositions(ulong lowerWord) => _positions.GetValueOrDefault(lowerWord);

    public void Fill(TokenTable t, ReadOnlySpan<int> labels)
    {
        Types.Clear();
        _positions.Clear();
        for (int i = 0; i < t.Count; i++)
        {
            if (!FeatureExtractor.IsNameLike(t.Flags[i])) continue;
            int label = labels[i];
            int type = NerLabels.TypeOf(label);
            Types.Add(t.Lower[i], type);
            if (type < 0) continue;
            int bit = type * 4 + (int)NerLabels.PositionOf(label);
            _positions[t.Lower[i]] = _positions.GetValueOrDefault(t.Lower[i]) | (1u << bit);
        }
    }
}
