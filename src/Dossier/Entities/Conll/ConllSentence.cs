namespace Dossier.Entities.Conll;

/// <summary>One sentence of a CoNLL file: its words, their gold tags (last column) and the file lines they came from.</summary>
public sealed class ConllSentence(string[] words, string[] tags, int[] lineNumbers)
{
    public string[] Words { get; } = words;
    /// <summary>Gold tags as written (IOB1 or IOB2); "O" when the file has a single column.</summary>
    public string[] Tags { get; } = tags;
    /// <summary>Zero-based line number of each word in the file.</summary>
    public int[] LineNumbers { get; } = lineNumbers;
    public int Count => Words.Length;
}
