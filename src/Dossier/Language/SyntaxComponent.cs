using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Language;

/// <summary>
/// The "syntax" pipeline component: tags, lemmatises and parses each sentence with a <see cref="SyntaxModel"/>
/// loaded once. Thread-safe: the model is immutable and working memory is per thread.
/// </summary>
public sealed class SyntaxComponent(SyntaxModel model) : IPipelineComponent
{
    public const string Name = "syntax";

    public ComponentInfo Info { get; } = new(Name, "1.0", [typeof(TokenLayer), typeof(SentenceLayer)], [typeof(SyntaxLayer)]);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        int n = tokens.Count;
        var pos = new UniversalPos[n];
        var tags = new PennTag[n];
        var lemmas = new ushort[n];
        var heads = new int[n];
        var relations = new DependencyRelation[n];
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var range = sentences.TokensAt(s);
            int start = range.Start, length = range.Length;
            model.Analyze(document.Text, tokens.Starts.Slice(start, length), tokens.Ends.Slice(start, length),
                pos.AsSpan(start, length), tags.AsSpan(start, length), lemmas.AsSpan(start, length), heads.AsSpan(start, length), relations.AsSpan(start, length));
            for (int i = start; i < start + length; i++)
            {
                if (heads[i] >= 0) heads[i] += start;
            }
        }
        document.Set(new SyntaxLayer(tokens, pos, tags, heads, relations, lemmas, model.LemmaScripts));
    }
}
