namespace Dossier.Language;

/// <summary>The 17 Universal Dependencies part-of-speech tags (UPOS). One byte per token in <see cref="SyntaxLayer"/>.</summary>
public enum UniversalPos : byte
{
    /// <summary>Other: foreign words, typos, unanalysable strings. Also the fallback for an unknown tag name.</summary>
    X,
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
}
