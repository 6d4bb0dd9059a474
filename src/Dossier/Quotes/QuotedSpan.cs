using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// One run of text between paired quotation marks. <see cref="Outer"/> includes the marks, <see cref="Inner"/> does not.
/// A quotation that runs over several paragraphs (each paragraph opens, only the last closes) is one
/// <see cref="QuotedSpan"/> per paragraph, linked by <see cref="ContinuesPrevious"/>.
/// </summary>
public readonly record struct QuotedSpan(TextSpan Outer, TextSpan Inner, bool Closed, bool ContinuesPrevious, int Depth)
{
    public int Start => Outer.Start;
    public int End => Outer.End;
}
