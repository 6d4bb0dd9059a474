using Dossier.Entities;
using Dossier.Pipeline;

namespace Dossier.Tests.Entities;

/// <summary>Tokenizer, sentences and entities with the shipped models, built once for all entity tests (the model loads once).</summary>
internal static class EntityTestPipeline
{
    private static readonly Lazy<DossierPipeline> Pipeline = new(() => new PipelineBuilder().UseEntities().Build());

    public static DossierPipeline Instance => Pipeline.Value;
}
