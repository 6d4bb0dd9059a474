namespace Dossier.Language.Conllu;

/// <summary>
/// One sentence of a CoNLL-U file: its syntactic words (multi-word token ranges and empty nodes are not words)
/// with their annotation, and the original lines so that a writer can give back the same file with new columns.
/// Heads are 0-based word indices, -1 for the root.
/// </summary>
public sealed class ConlluSentence
{
    public ConlluSentence(string[] lines, int[] wordLines, string[] forms, string[] lemmas, string[] upos, string[] xpos, int[] heads, string[] relations, bool[] spaceAfter)
    {
        Lines = lines;
        WordLines = wordLines;
        Forms = forms;
        Lemmas = lemmas;
        Upos = upos;
        Xpos = xpos;
        Heads = heads;
        Relations = relations;
        SpaceAfter = spaceAfter;
    }

    /// <summary>Every line of the sentence as read (comments, multi-word ranges, empty nodes, words).</summary>
    public string[] Lines { get; }

    /// <summary>For each word, the index of its line in <see cref="Lines"/>.</summary>
    public int[] WordLines { get; }

    public string[] Forms { get; }
    public string[] Lemmas { get; }
    public string[] Upos { get; }
    public string[] Xpos { get; }
    public int[] Heads { get; }
    public string[] Relations { get; }

    /// <summary>False where the word's MISC column says SpaceAfter=No (also inside a multi-word token).</summary>
    public bool[] SpaceAfter { get; }

    public int Count => Forms.Length;

    /// <summary>A sentence without the original lines, for sentences made in code (training copies, tests).</summary>
    public static ConlluSentence FromWords(string[] forms, string[] lemmas, string[] upos, string[] xpos, int[] heads, string[] relations, bool[] spaceAfter)
    {
        var lines = new string[forms.Length];
        var wordLines = new int[forms.Length];
        for (int i = 0; i < forms.Length; i++)
        {
            wordLines[i] = i;
            lines[i] = string.Join('\t', (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), forms[i], lemmas[i], upos[i], xpos[i], "_",
                (heads[i] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), relations[i], "_", spaceAfter[i] ? "_" : "SpaceAfter=No");
        }
        return new ConlluSentence(lines, wordLines, forms, lemmas, upos, xpos, heads, relations, spaceAfter);
    }
}
