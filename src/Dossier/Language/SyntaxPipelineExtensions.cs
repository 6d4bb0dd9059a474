using Dossier.Pipeline;

namespace Dossier.Language;

public static class SyntaxPipelineExtensions
{
    /// <summary>Adds the "syntax" component (tags, lemmas, dependency trees); loads the shipped model unless one is given.</summary>
    public static PipelineBuilder UseSyntax(this PipelineBuilder builder, SyntaxModel? model = null) =>
        builder.Add(SyntaxComponent.Name, () => new SyntaxComponent(model ?? SyntaxModel.Load(SyntaxModel.DefaultPath)));
}
