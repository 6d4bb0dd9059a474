using Dossier.Model;

namespace Dossier.Entities;

/// <summary>A view of one entity mention: a layer and an index.</summary>
public readonly struct Mention(MentionLayer layer, int index)
{
    public int Index => index;
    public TextSpan Span => layer.SpanAt(index);
    public int Start => layer.SpanAt(index).Start;
    public int End => layer.SpanAt(index).End;
    public TokenRange Tokens => layer.TokensAt(index);
    public EntityType Type => layer.TypeAt(index);
    public MentionKind Kind => layer.KindAt(index);

    /// <summary>Index of the actor in the <see cref="ActorLayer"/>, or -1 (values have no actor).</summary>
    public int Actor => layer.ActorAt(index);

    public override string ToString() => $"{Type.Label()} {Span}";
}
