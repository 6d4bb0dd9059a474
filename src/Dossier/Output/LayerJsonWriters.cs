namespace Dossier.Output;

/// <summary>The layer writers of the JSON output, in the order their properties appear (one line per feature).</summary>
public static class LayerJsonWriters
{
    public static IReadOnlyList<ILayerJsonWriter> All { get; } =
    [
        new ParagraphsJsonWriter(),
        new Dossier.Text.SentencesJsonWriter(),
        new Dossier.Text.TokensJsonWriter(),
        new Dossier.Language.SyntaxJsonWriter(),
        new Dossier.Entities.EntitiesJsonWriter(),
        new Dossier.Entities.ActorsJsonWriter(),
        new Dossier.Quotes.QuotesJsonWriter(),
    ];
}
