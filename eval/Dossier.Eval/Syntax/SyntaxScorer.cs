using System.Globalization;
using Dossier.Language;
using Dossier.Language.Conllu;

namespace Dossier.Eval.Syntax;

/// <summary>
/// <c>dossier eval syntax</c>: the shipped syntax model on gold words and sentences of a CoNLL-U file; UPOS, XPOS,
/// lemma, UAS and LAS as the CoNLL 2018 shared task counts them (every word; LAS on universal relations).
/// </summary>
public sealed class SyntaxScorer : IScorer
{
    public string Name => "syntax";
    public string Description => "Part-of-speech tags, lemmas and dependency parses on UD English (gold tokens)";
    public IReadOnlyList<ScorerInput> Inputs { get; } =
        [new("--conllu", "A CoNLL-U file with gold annotation", "ud/en_ewt-ud-dev.conllu")];

    public EvalReport Run(EvalContext context, CancellationToken cancellationToken = default)
    {
        var path = context.Input("--conllu");
        var model = SyntaxModel.Shared(SyntaxModel.DefaultPath);
        var accuracy = new SyntaxAccuracy();
        foreach (var sentence in ConlluReader.Read(path, e => context.Log.WriteLine(e.ToString())))
        {
            cancellationToken.ThrowIfCancellationRequested();
            accuracy.Add(sentence, PredictedSentence.Analyze(model, sentence.Forms));
        }
        return new EvalReport(Name)
            .UsedData(path)
            .Metric("upos", accuracy.Pos)
            .Metric("xpos", accuracy.Tag)
            .Metric("lemma", accuracy.Lemma)
            .Metric("uas", accuracy.Uas)
            .Metric("las", accuracy.Las)
            .Line(string.Create(CultureInfo.InvariantCulture, $"{accuracy.Sentences:N0} sentences, {accuracy.Words:N0} words of {Path.GetFileName(path)}"))
            .Line(accuracy.ToString());
    }
}
