using Dossier.Model;

namespace Dossier.Eval.Segmentation;

/// <summary>
/// One paragraph of a Universal Dependencies treebank: its sentences' texts and, per sentence, the gold token
/// spans within that sentence's text (null when the tokens could not be aligned with the text).
/// </summary>
public sealed record UdParagraph(IReadOnlyList<string> Sentences, IReadOnlyList<IReadOnlyList<TextSpan>?> Tokens)
{
    /// <summary>The paragraph as running text: its sentences joined by one space.</summary>
    public string Text => string.Join(' ', Sentences);

    /// <summary>Offsets in <see cref="Text"/> where a sentence ends and another follows (the paragraph end is not one).</summary>
    public IEnumerable<int> SentenceEnds()
    {
        int offset = 0;
        for (int s = 0; s < Sentences.Count - 1; s++)
        {
            offset += Sentences[s].Length;
            yield return offset;
            offset++;
        }
    }
}
