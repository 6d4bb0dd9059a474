using Dossier.Model;

namespace Dossier.Language;

/// <summary>A view of one token's syntax: a layer and an index. Copying it copies two fields.</summary>
public readonly struct SyntaxToken(SyntaxLayer layer, int index)
{
    public int Index => index;
    public Token Token => layer.Tokens[index];
    public UniversalPos Pos => layer.PosAt(index);
    public PennTag Tag => layer.TagAt(index);
    public string Lemma => layer.LemmaAt(index);
    public DependencyRelation Relation => layer.RelationAt(index);
    public bool IsRoot => layer.HeadAt(index) < 0;
    /// <summary>The head's token index, -1 for a root.</summary>
    public int HeadIndex => layer.HeadAt(index);
    /// <summary>The head, or null for a root.</summary>
    public SyntaxToken? Head => layer.HeadAt(index) is int h and >= 0 ? new SyntaxToken(layer, h) : null;
    public ReadOnlySpan<int> Children => layer.ChildrenOf(index);
    public TokenRange Subtree => layer.SubtreeOf(index);
    public TextSpan SubtreeSpan => layer.SubtreeSpanOf(index);

    public bool LemmaIs(ReadOnlySpan<char> lemma) => layer.LemmaEquals(index, lemma);

    /// <summary>The first child attached with <paramref name="relation"/> (or one of its subtypes), or null.</summary>
    public SyntaxToken? Child(DependencyRelation relation) => layer.ChildWith(index, relation) is int c and >= 0 ? new SyntaxToken(layer, c) : null;

    public override string ToString() => $"{layer.Tokens.TextAt(index)}/{SyntaxLabels.Name(Tag)} -{SyntaxLabels.Name(Relation)}-> {HeadIndex}";
}
