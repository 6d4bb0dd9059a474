using Dossier.Entities;
using Dossier.Entities.Conll;

namespace Dossier.Eval.Ner;

/// <summary>
/// <c>dossier eval ner</c>: the shipped tagger on a CoNLL file (default CoNLL-2003 valid), scored with conlleval's
/// semantics — a name counts only when its span and type both match — per type and overall.
/// </summary>
public sealed class NerScorer : IScorer
{
    public string Name => "ner";

    public string Description => "Named entities: exact-span precision, recall and F1 per type (conlleval semantics)";

    public IReadOnlyList<ScorerInput> Inputs { get; } =
        [new("--conll", "A CoNLL file with gold tags in the last column", "conll2003/valid.txt")];

    public EvalReport Run(EvalContext context, CancellationToken cancellationToken = default)
    {
        string path = context.Input("--conll");
        var modelsDirectory = context.RepositoryRoot is null ? null : Path.Combine(context.RepositoryRoot, "models");
        var tagger = NamedEntityTagger.Load(modelsDirectory);
        var score = new ChunkScore();
        long tokens = 0;
        foreach (var document in ConllReader.Read(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var predicted = tagger.TagConll(document);
            for (int s = 0; s < predicted.Length; s++)
            {
                score.Add(document.Sentences[s].Tags, predicted[s]);
                tokens += predicted[s].Length;
            }
        }
        var report = new EvalReport(Name).UsedData(path);
        foreach (var type in score.Types)
        {
            var (tp, fp, fn) = score.Counts(type);
            report.Prf(type, new PrfCounts(tp, fp, fn));
        }
        var (ttp, tfp, tfn) = score.Total;
        report.Prf("overall", new PrfCounts(ttp, tfp, tfn));
        return report.Line($"{tokens} tokens");
    }
}
