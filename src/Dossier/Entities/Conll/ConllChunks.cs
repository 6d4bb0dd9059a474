namespace Dossier.Entities.Conll;

/// <summary>
/// Chunks of a tag sequence with conlleval's semantics: IOB1 and IOB2 alike, a chunk starts at B-X or at I-X after
/// O or another type, and ends before O, B-, a different type, or the end of the sentence.
/// </summary>
public static class ConllChunks
{
    public readonly record struct Chunk(int Start, int End, string Type);

    public static List<Chunk> Of(IReadOnlyList<string> tags)
    {
        var chunks = new List<Chunk>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            var (prefix, t) = i < tags.Count ? Split(tags[i]) : ('O', "");
            bool begins = prefix == 'B' || (prefix == 'I' && (type is null || !string.Equals(type, t, StringComparison.Ordinal)));
            bool ends = type is not null && (prefix == 'O' || begins);
            if (ends)
            {
                chunks.Add(new Chunk(start, i, type!));
                type = null;
            }
            if (begins)
            {
                start = i;
                type = t;
            }
        }
        return chunks;
    }

    /// <summary>The prefix ('B', 'I' or 'O'; E and S of IOBES count as I and B) and the type of a tag.</summary>
    public static (char Prefix, string Type) Split(string tag)
    {
        if (tag.Length < 2 || tag[1] != '-') return ('O', "");
        char p = tag[0] switch { 'B' or 'S' => 'B', 'I' or 'E' => 'I', _ => 'O' };
        return (p, tag[2..]);
    }
}
