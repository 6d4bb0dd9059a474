using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Entities;

public static class EntitiesPipelineExtensions
{
    /// <summary>Adds the <see cref="EntitiesComponent"/> (once), after the tokenizer and sentence splitter it needs.</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder) =>
        builder.UseSentences().Add(EntitiesComponent.Name, () => new EntitiesComponent());
}
