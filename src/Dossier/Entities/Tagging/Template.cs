namespace Dossier.Entities.Tagging;

/// <summary>Feature templates; the id is mixed into every key, so the numbers are part of the model format. Append only.</summary>
internal enum Template : ulong
{
    Bias = 1,
    Word, WordPrev, WordNext, WordPrev2, WordNext2, Exact,
    BigramPrev, BigramNext,
    Shape, ShortShapePrev, ShortShapeSelf, ShortShapeNext, ShapeTrigram,
    Prefix, Suffix,
    Cluster, ClusterPrev, ClusterNext,
    Gazetteer, GazetteerPrev, GazetteerNext,
    Flags, CapitalPattern, SentenceStartCapital, Capitalisation, CapitalSentenceWord,
    LabelPrev, LabelPrev2, LabelPrevWord, LabelPrevShape,
    HistoryType, HistoryMajority,
    DocumentType, DocumentMajority, InEntity, FirstStagePrev, FirstStageSelf, FirstStageNext,
    ClusterWordPrev, ClusterWordNext, GazetteerWord, TokenLengthShape,
}
