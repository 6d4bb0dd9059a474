namespace Dossier.Model;

/// <summary>A half-open range of token indices <c>[Start, End)</c>.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Contains(int token) => token >= Start && token < End;
    public override string ToString() => $"tokens [{Start}, {End})";
}

/// <summary>How a character span is snapped to token boundaries (as spaCy's <c>char_span</c> modes).</summary>
public enum SpanAlignment
{
    /// <summary>The span must start at a token start and end at a token end, else there is no token range.</summary>
    Strict,
    /// <summary>Only tokens wholly inside the span.</summary>
    Contract,
    /// <summary>Every token that overlaps the span.</summary>
    Expand,
}
