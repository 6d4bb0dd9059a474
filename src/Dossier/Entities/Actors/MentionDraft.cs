using Dossier.Model;

namespace Dossier.Entities.Actors;

/// <summary>A mention while the entities component is still deciding its type, kind and actor.</summary>
internal sealed class MentionDraft(TextSpan span, TokenRange tokens, EntityType type, string text)
{
    public TextSpan Span { get; } = span;
    public TokenRange Tokens { get; } = tokens;
    public EntityType Type { get; set; } = type;
    public MentionKind Kind { get; set; } = type.IsName() ? MentionKind.Name : MentionKind.Value;
    /// <summary>The mention as written, white space normalised.</summary>
    public string Text { get; } = text;
    public string Key { get; } = NameKey.Of(text);
    public int Actor { get; set; } = -1;
    /// <summary>Written between quotation marks ("people named “Haqqani”"): a name used as a word, not a reference.</summary>
    public bool Quoted { get; init; }

    public override string ToString() => $"{Type.Label()} {Text} {Span}";
}
