using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Language;

public static class SyntaxPipelineExtensions
{
    /// <summary>
    /// Adds the "syntax" component (tags, lemmas, dependency trees), and the tokenizer and sentence splitter it needs
    /// if they are not there yet; uses the shipped model (loaded once per process) unless one is given.
    /// </summary>
    public static PipelineBuilder UseSyntax(this PipelineBuilder builder, SyntaxModel? model = null) =>
        builder.UseSentences().Add(SyntaxComponent.Name, () => new SyntaxComponent(model ?? SyntaxModel.Shared(SyntaxModel.DefaultPath)));
}
