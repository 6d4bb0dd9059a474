using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Storage.Records;

namespace Dossier.Storage.Facts;

/// <summary>
/// Turns an analysed document into the facts the store keeps. Each layer the pipeline assigned is read by its
/// own reader below (entities, quotes, …); a layer that is absent contributes nothing, so the store works with
/// whatever components the pipeline has.
/// </summary>
public static class DocumentFacts
{
    /// <param name="pipeline">The components that analysed it, for provenance (see <see cref="Describe"/>).</param>
    public static ArticleFacts From(Document document, string? contentHash = null, string? pipeline = null)
    {
        var facts = new FactsBuilder(document);
        // 1. Actors, mentions and affiliations from the entity layers (their numbering is kept).
        EntityFacts.Read(facts);
        // 2. Quotes (speakers become actors when no entity layer named them).
        QuoteFacts.Read(facts);
        // 3. Quote "about" links, from the mentions (found by name when no entity layer gave any).
        facts.LinkQuotesToMentionedActors();
        return new ArticleFacts
        {
            ContentHash = contentHash ?? ContentHash.Of(document.Text),
            Text = document.Text,
            Metadata = document.Metadata,
            Actors = facts.Actors,
            Mentions = facts.Mentions,
            Quotes = facts.Quotes,
            Relations = facts.Relations,
            Events = facts.Events,
            Pipeline = pipeline,
        };
    }

    /// <summary>"tokenizer 1.0, sentences 1.0, …": what analysed an article.</summary>
    public static string Describe(DossierPipeline pipeline) => string.Join(", ", pipeline.Components);
}
