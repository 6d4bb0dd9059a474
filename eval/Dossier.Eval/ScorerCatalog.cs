namespace Dossier.Eval;

/// <summary>Every scorer, registered explicitly in one place (one line per capability).</summary>
public static class ScorerCatalog
{
    public static IReadOnlyList<IScorer> All { get; } =
    [
        new Sbd.SbdScorer(),
        new Segmentation.SegmentationScorer(),
        new Quotes.QuotesScorer(),
        new Html.HtmlScorer(),
        new Ner.NerScorer(),
        new Ner.PoliticsNamesScorer(),
        new Syntax.SyntaxScorer(),
    ];

    public static IScorer? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
