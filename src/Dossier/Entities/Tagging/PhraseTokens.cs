namespace Dossier.Entities.Tagging;

/// <summary>
/// Splits a gazetteer or alias phrase into tokens the way the tokenizer and CoNLL split names: at white space
/// and underscores, with a possessive "'s" and a trailing comma as tokens of their own.
/// </summary>
internal static class PhraseTokens
{
    /// <summary>Writes the lower-case hash of each token into <paramref name="hashes"/>; returns the count, 0 if too long.</summary>
    public static int Hash(ReadOnlySpan<char> phrase, Span<ulong> hashes)
    {
        int n = 0;
        foreach (var range in Split(phrase, stackalloc Range[hashes.Length + 4]))
        {
            if (n == hashes.Length) return 0;
            hashes[n++] = FeatureHash.Word(phrase[range], FeatureHash.Casing.Lower);
        }
        return n;
    }

    public static ReadOnlySpan<Range> Split(ReadOnlySpan<char> phrase, Span<Range> buffer)
    {
        int n = 0, i = 0;
        while (i < phrase.Length && n < buffer.Length)
        {
            while (i < phrase.Length && IsSeparator(phrase[i])) i++;
            int start = i;
            while (i < phrase.Length && !IsSeparator(phrase[i])) i++;
            int end = i;
            if (end == start) break;
            bool comma = phrase[end - 1] == ',';
            if (comma) end--;
            int possessive = end - start > 2 && (phrase[end - 2] is '\'' or '’') && phrase[end - 1] is 's' or 'S' ? end - 2 : -1;
            if (possessive > start)
            {
                buffer[n++] = start..possessive;
                if (n < buffer.Length) buffer[n++] = possessive..end;
            }
            else if (end > start) buffer[n++] = start..end;
            if (comma && n < buffer.Length) buffer[n++] = end..(end + 1);
        }
        return buffer[..n];
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == '_';
}
