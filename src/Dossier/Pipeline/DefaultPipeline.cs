using Dossier.Entities;
using Dossier.Language;
using Dossier.Quotes;
using Dossier.Text;

namespace Dossier.Pipeline;

/// <summary>
/// The pipeline `dossier analyze` and `dossier ingest` run: every feature's <c>UseX()</c>, in order, one line each.
/// Build it once per process; models load here, not per document.
/// </summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder()
            .UseTokenizer()
            .UseSentences()
            .UseSyntax()
            .UseEntities()
            .UseQuotes();

    public static DossierPipeline Create() => CreateBuilder().Build();
}
