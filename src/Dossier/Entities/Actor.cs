namespace Dossier.Entities;

/// <summary>A view of one canonical actor: a layer and an index.</summary>
public readonly struct Actor(ActorLayer layer, int index)
{
    public int Index => index;
    public string Name => layer.NameAt(index);
    public EntityType Type => layer.TypeAt(index);
    public Gender Gender => layer.GenderAt(index);
    public ReadOnlySpan<int> Mentions => layer.MentionsOf(index);
    public ReadOnlySpan<string> Aliases => layer.AliasesOf(index);
    public ReadOnlySpan<ActorTitle> Titles => layer.TitlesOf(index);
    public ReadOnlySpan<ActorAffiliation> Affiliations => layer.AffiliationsOf(index);

    public override string ToString() => $"{Type.Label()} {Name}";
}
