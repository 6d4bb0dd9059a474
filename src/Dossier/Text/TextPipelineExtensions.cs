using Dossier.Pipeline;

namespace Dossier.Text;

public static class TextPipelineExtensions
{
    /// <summary>Adds the <see cref="Tokenizer"/> (once).</summary>
    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder) =>
        builder.Add(Tokenizer.Name, () => new Tokenizer());

    /// <summary>Adds the <see cref="SentenceSplitter"/> (once), and the tokenizer it needs if it is not there yet.</summary>
    public static PipelineBuilder UseSentences(this PipelineBuilder builder) =>
        builder.UseTokenizer().Add(SentenceSplitter.Name, () => new SentenceSplitter());
}
