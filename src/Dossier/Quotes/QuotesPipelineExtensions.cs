using Dossier.Pipeline;

namespace Dossier.Quotes;

public static class QuotesPipelineExtensions
{
    /// <summary>Adds the quotes component (once). It needs tokens and sentences; entities and syntax improve it when present.</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(QuotesComponent.Name, () => new QuotesComponent());
    }
}
