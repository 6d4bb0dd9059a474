namespace Dossier.Language.Lemmas;

/// <summary>
/// How to turn a word into its lemma: optionally lower-case it, remove <see cref="Strip"/> characters from the
/// end, append <see cref="Append"/>. "forces" → (lower, 1, "") → "force"; "went" → (lower, 4, "go") → "go";
/// "Zaman" → (keep, 0, "") → "Zaman".
/// </summary>
public readonly record struct LemmaScript(bool Lower, int Strip, string Append)
{
    public static LemmaScript Identity { get; } = new(false, 0, "");

    /// <summary>The script that turns <paramref name="form"/> into <paramref name="lemma"/>, the shorter of the case-keeping and lower-casing ones.</summary>
    public static LemmaScript Between(string form, string lemma)
    {
        var lower = Make(form.ToLowerInvariant(), lemma, true);
        var keep = Make(form, lemma, false);
        return keep.Strip + keep.Append.Length < lower.Strip + lower.Append.Length ? keep : lower;
    }

    /// <summary>Length of the lemma this script makes of a word of <paramref name="formLength"/> characters (-1 when it does not apply).</summary>
    public int LengthFor(int formLength) => Strip > formLength ? -1 : formLength - Strip + Append.Length;

    /// <summary>Writes the lemma of <paramref name="form"/> into <paramref name="output"/> (sized with <see cref="LengthFor"/>); returns its length.</summary>
    public int Apply(ReadOnlySpan<char> form, Span<char> output)
    {
        if (Strip > form.Length)
        {
            form.CopyTo(output);
            return form.Length;
        }
        var kept = form[..^Strip];
        if (Lower) kept.ToLowerInvariant(output);
        else kept.CopyTo(output);
        Append.AsSpan().CopyTo(output[kept.Length..]);
        return kept.Length + Append.Length;
    }

    public string Apply(ReadOnlySpan<char> form)
    {
        int length = LengthFor(form.Length);
        if (length < 0) return form.ToString();
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        return new string(buffer[..Apply(form, buffer)]);
    }

    private static LemmaScript Make(string baseForm, string lemma, bool lower)
    {
        int common = 0;
        while (common < baseForm.Length && common < lemma.Length && baseForm[common] == lemma[common]) common++;
        return new LemmaScript(lower, baseForm.Length - common, lemma[common..]);
    }
}
