namespace Dossier.Model;

/// <summary>
/// A piece of the source the reader kept out of the clean text, with the reason, so a user can check
/// that nothing of the article was thrown away. The span is in source coordinates.
/// </summary>
public readonly record struct RemovedBlock(TextSpan SourceSpan, BoilerplateKind Kind, string Text);

/// <summary>Why a block of the source is not part of the article body.</summary>
public enum BoilerplateKind
{
    Headline,
    Byline,
    Dateline,
    PhotoCaption,
    PhotoCredit,
    Prompt,
    Navigation,
    RelatedLinks,
    Advertisement,
    Other,
}
