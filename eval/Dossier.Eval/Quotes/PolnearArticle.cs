using Dossier.Model;

namespace Dossier.Eval.Quotes;

/// <summary>One PolNeAR article: its raw text (BOM kept, so offsets match) and the attributions of one annotator.</summary>
public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<PolnearAttribution> Attributions);

/// <summary>
/// One gold attribution. Spans are half-open UTF-16 offsets into <see cref="PolnearArticle.Text"/>; source and content
/// may be discontinuous. A role the annotator left out is an empty list.
/// </summary>
public sealed record PolnearAttribution(IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Content, bool HasSourceRole);
