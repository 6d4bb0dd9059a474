using Dossier.Language;

namespace Dossier.Quotes;

/// <summary>
/// How a cue verb takes its content: a dependent relation (ccomp, obj, xcomp), or an oblique or adverbial clause
/// introduced by a preposition, <see cref="Marker"/> ("called for …", "mused about …"), which then belongs to the cue.
/// Written "obl/for" in models/quotes-cues.tsv.
/// </summary>
public readonly record struct CueComplement(DependencyRelation Relation, string? Marker)
{
    public static CueComplement Parse(string text)
    {
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? new CueComplement(SyntaxLabels.ParseRelation(text), null)
            : new CueComplement(SyntaxLabels.ParseRelation(text[..slash]), text[(slash + 1)..]);
    }

    public override string ToString() => Marker is null ? SyntaxLabels.Name(Relation) : SyntaxLabels.Name(Relation) + "/" + Marker;
}
