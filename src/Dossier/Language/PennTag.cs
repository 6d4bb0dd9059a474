namespace Dossier.Language;

/// <summary>
/// The Penn Treebank tags that UD English uses as XPOS (EWT and GUM). Members are named after the tag where the
/// tag is an identifier; <see cref="SyntaxLabels.Name(PennTag)"/> gives the tag as written ("PRP$", "-LRB-", ",").
/// </summary>
public enum PennTag : byte
{
    /// <summary>No tag, or a tag outside this list.</summary>
    None,
    CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP,
    /// <summary>PRP$, a possessive pronoun.</summary>
    PRPS,
    RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP,
    /// <summary>WP$, a possessive wh-pronoun.</summary>
    WPS,
    WRB,
    /// <summary>HYPH, a hyphen between the parts of a split compound.</summary>
    HYPH,
    /// <summary>NFP, superfluous punctuation ("***", "~~").</summary>
    NFP,
    /// <summary>ADD, an e-mail or web address.</summary>
    ADD,
    /// <summary>AFX, a detached affix ("pre", "anti").</summary>
    AFX,
    /// <summary>GW, a piece of a word split by a typo ("goes with").</summary>
    GW,
    /// <summary>"." sentence-final punctuation.</summary>
    Period,
    /// <summary>",".</summary>
    Comma,
    /// <summary>":" colon, semicolon, dash or ellipsis.</summary>
    Colon,
    /// <summary>"-LRB-" an opening bracket.</summary>
    LeftBracket,
    /// <summary>"-RRB-" a closing bracket.</summary>
    RightBracket,
    /// <summary>"``" an opening quotation mark.</summary>
    OpeningQuote,
    /// <summary>"''" a closing quotation mark.</summary>
    ClosingQuote,
    /// <summary>"$" a currency sign.</summary>
    Dollar,
}
