using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>A stretch of one text node that belongs to a block: <c>Node.Data[Start .. Start + Length)</c>.</summary>
internal readonly record struct TextRun(IText Node, int Start, int Length, bool InLink);
