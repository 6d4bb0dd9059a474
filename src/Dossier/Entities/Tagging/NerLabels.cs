namespace Dossier.Entities.Tagging;

/// <summary>
/// The tagger's labels: BILOU over CoNLL's four name types (Ratinov and Roth 2009 found BILOU better than BIO).
/// Label 0 is O; type t (0 PER, 1 ORG, 2 LOC, 3 MISC) has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
/// </summary>
internal static class NerLabels
{
    public const int Count = 17;
    public const int TypeCount = 4;
    public const int Outside = 0;

    public enum Position : byte { Begin, Inside, Last, Unit }

    public static IReadOnlyList<string> TypeNames { get; } = ["PER", "ORG", "LOC", "MISC"];

    public static int Make(int type, Position position) => 1 + type * 4 + (int)position;

    /// <summary>The type of a label (0–3), or -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    public static Position PositionOf(int label) => (Position)((label - 1) % 4);

    /// <summary>True when a name is open after this label (B or I), so the next label must be I or L of its type.</summary>
    public static bool IsOpen(int label) => label != Outside && PositionOf(label) is Position.Begin or Position.Inside;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 for the sentence start).</summary>
    public static bool CanFollow(int previous, int next)
    {
        bool open = previous >= 0 && IsOpen(previous);
        if (!open) return next == Outside || PositionOf(next) is Position.Begin or Position.Unit;
        return next != Outside && TypeOf(next) == TypeOf(previous) && PositionOf(next) is Position.Inside or Position.Last;
    }

    public static int TypeIndex(ReadOnlySpan<char> conllType) => conllType switch
    {
        "PER" => 0,
        "ORG" => 1,
        "LOC" => 2,
        "MISC" => 3,
        _ => -1,
    };

    /// <summary>
    /// BILOU labels from chunks given as per-token types and chunk starts: <paramref name="types"/>[i] is -1 outside
    /// names, <paramref name="begins"/>[i] is true where a chunk starts.
    /// </summary>
    public static void FromChunks(ReadOnlySpan<int> types, ReadOnlySpan<bool> begins, Span<int> labels)
    {
        for (int i = 0; i < types.Length; i++)
        {
            if (types[i] < 0) { labels[i] = Outside; continue; }
            bool last = i + 1 == types.Length || types[i + 1] != types[i] || begins[i + 1];
            var position = begins[i] ? (last ? Position.Unit : Position.Begin) : (last ? Position.Last : Position.Inside);
            labels[i] = Make(types[i], position);
        }
    }

    /// <summary>IOB2 tags ("B-PER", "I-PER", "O") for BILOU labels.</summary>
    public static string[] ToIob2(ReadOnlySpan<int> labels)
    {
        var tags = new string[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            int type = TypeOf(labels[i]);
            tags[i] = type < 0 ? "O" : (PositionOf(labels[i]) is Position.Begin or Position.Unit ? "B-" : "I-") + TypeNames[type];
        }
        return tags;
    }
}
