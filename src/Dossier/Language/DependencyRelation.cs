namespace Dossier.Language;

/// <summary>
/// Universal Dependencies relations with the English subtypes that EWT and GUM use ("nsubj:pass" is
/// <see cref="NsubjPass"/>). <see cref="SyntaxLabels.Name(DependencyRelation)"/> gives the UD spelling and
/// <see cref="SyntaxLabels.Universal"/> drops the subtype.
/// </summary>
public enum DependencyRelation : byte
{
    /// <summary>Unspecified dependency; also the fallback for a relation name outside this list.</summary>
    Dep,
    Root,
    Nsubj, NsubjPass, NsubjOuter,
    Obj, Iobj,
    Csubj, CsubjPass, CsubjOuter,
    Ccomp, Xcomp,
    Obl, OblAgent, OblUnmarked, OblTmod, OblNpmod,
    Vocative, Expl, Dislocated,
    Advcl, AdvclRelcl, Advmod, Discourse,
    Aux, AuxPass, Cop, Mark,
    Nmod, NmodPoss, NmodUnmarked, NmodDesc, NmodTmod, NmodNpmod,
    Appos, Nummod,
    Acl, AclRelcl,
    Amod,
    Det, DetPredet,
    Clf, Case,
    Conj, Cc, CcPreconj,
    Fixed, Flat, FlatForeign,
    Compound, CompoundPrt,
    List, Parataxis, Orphan, Goeswith, Reparandum, Punct,
}
