using Dossier.Entities.Conll;
using Dossier.Entities.Tagging;

namespace Dossier.Entities;

/// <summary>
/// The trained name tagger with its gazetteer and word clusters, loaded once from a models folder. Tags CoNLL
/// documents (for `dossier tag` and the `ner` scorer) and token spans of articles (for the entities component).
/// Thread-safe.
/// </summary>
public sealed class NamedEntityTagger
{
    private readonly NerTagger _tagger;

    private NamedEntityTagger(NerTagger tagger) => _tagger = tagger;

    /// <summary>Loads models/ner.model and its resources; fails with DSR0301 / DSR0302 when missing or unreadable.</summary>
    public static NamedEntityTagger Load(string? modelsDirectory = null)
    {
        string directory = modelsDirectory ?? EntityModelFiles.Directory();
        var resources = Task.Run(() => NerResourceFiles.Load(directory));
        var model = NerModel.Load(Path.Combine(directory, EntityModelFiles.Tagger), resources);
        return new NamedEntityTagger(new NerTagger(model));
    }

    /// <summary>How the model was made, as recorded by `dossier train ner`.</summary>
    public string Description => _tagger.Model.Description;

    internal NerTagger Tagger => _tagger;

    /// <summary>Predicted CoNLL tags (IOB2, types PER ORG LOC MISC), one array per sentence of the document.</summary>
    public string[][] TagConll(ConllDocument document)
    {
        var (text, starts, ends, sentenceStarts) = document.Flatten();
        var labels = new int[starts.Length];
        _tagger.Tag(text, starts, ends, sentenceStarts, labels);
        var result = new string[document.Sentences.Count][];
        for (int s = 0; s < result.Length; s++)
        {
            int from = sentenceStarts[s];
            result[s] = NerLabels.ToIob2(labels.AsSpan(from, document.Sentences[s].Count));
        }
        return result;
    }

    /// <summary>
    /// Labels tokens [starts[i], ends[i]) of <paramref name="text"/> in the given sentences (their first tokens): a label
    /// per token, 0 for outside names (the label scheme is internal; use <see cref="TagConll"/> for readable tags).
    /// </summary>
    public void Tag(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> sentenceStarts, Span<int> labels) =>
        _tagger.Tag(text, starts, ends, sentenceStarts, labels);
}
