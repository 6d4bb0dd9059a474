namespace Dossier.Language.Features;

/// <summary>
/// Stable 64-bit hashes for feature strings and feature combinations. Model files store these hashes, so the
/// functions must never change (string.GetHashCode is randomised per process and cannot be used).
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 0xcbf29ce484222325;
    private const ulong FnvPrime = 0x100000001b3;

    /// <summary>Hash of the characters as written.</summary>
    public static ulong Chars(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text) h = (h ^ c) * FnvPrime;
        return Finish(h);
    }

    /// <summary>Hash of the concatenated <paramref name="parts"/>, the same as <see cref="Chars"/> of the joined string.</summary>
    public static ulong Chars(ReadOnlySpan<string> parts)
    {
        ulong h = FnvOffset;
        foreach (var part in parts)
            foreach (char c in part) h = (h ^ c) * FnvPrime;
        return Finish(h);
    }

    /// <summary>Hash of the characters lower-cased (invariant culture), without making a lower-case copy.</summary>
    public static ulong LowerChars(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text) h = (h ^ (c < 128 ? (uint)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c))) * FnvPrime;
        return Finish(h);
    }

    /// <summary>
    /// Combines a hash with one more value (a template id, an atom); order matters. Three instructions: rotate, xor,
    /// multiply by an odd constant. Each step is a bijection for a fixed <paramref name="h"/>, and the multiply carries
    /// every bit upwards, so the top bits (the part of a feature hash the weight table keeps) depend on all inputs.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong h, ulong value) => (System.Numerics.BitOperations.RotateLeft(h, 27) ^ value) * 0x9E3779B97F4A7C15UL;

    public static ulong Mix(ulong h, ulong a, ulong b) => Mix(Mix(h, a), b);

    public static ulong Mix(ulong h, ulong a, ulong b, ulong c) => Mix(Mix(Mix(h, a), b), c);

    // The finaliser of MurmurHash3: spreads every input bit over the whole word.
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
