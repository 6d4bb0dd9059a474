namespace Dossier.Language.Conllu;

/// <summary>
/// UD English splits hyphenated words ("al - Qaeda", "20 - year") while Dossier's tokenizer keeps them whole.
/// <see cref="Merge"/> makes the treebank sentence Dossier would see: every run of words joined by a hyphen with
/// no space around it becomes one word, which takes the place in the tree of the run's own head word. Training on
/// both versions teaches the models both tokenisations.
/// </summary>
public static class HyphenCompounds
{
    /// <summary>The merged copy of <paramref name="sentence"/>, or null when it has no hyphen compound that can be merged.</summary>
    public static ConlluSentence? Merge(ConlluSentence sentence)
    {
        int n = sentence.Count;
        var group = new int[n]; // the new word each old word becomes part of
        var runs = new List<(int Start, int End, int Head)>();
        int next = 0;
        for (int i = 0; i < n; i++)
        {
            int end = i;
            while (end + 2 < n && IsJoiningHyphen(sentence, end + 1) && !sentence.SpaceAfter[end] && IsWord(sentence, end) && IsWord(sentence, end + 2)) end += 2;
            int head = end > i ? RunHead(sentence, i, end) : -1;
            if (end > i && head >= 0)
            {
                runs.Add((i, end, head));
                for (int j = i; j <= end; j++) group[j] = next;
                i = end;
            }
            else
            {
                group[i] = next;
            }
            next++;
        }
        if (runs.Count == 0) return null;

        var forms = new string[next];
        var lemmas = new string[next];
        var upos = new string[next];
        var xpos = new string[next];
        var heads = new int[next];
        var relations = new string[next];
        var spaceAfter = new bool[next];
        var representative = new int[next];
        for (int i = 0; i < n; i++) representative[group[i]] = i;
        foreach (var (start, _, head) in runs) representative[group[start]] = head;
        for (int g = 0; g < next; g++)
        {
            int r = representative[g];
            upos[g] = sentence.Upos[r];
            xpos[g] = sentence.Xpos[r];
            relations[g] = sentence.Relations[r];
            heads[g] = sentence.Heads[r] < 0 ? -1 : group[sentence.Heads[r]];
            forms[g] = sentence.Forms[r];
            lemmas[g] = sentence.Lemmas[r];
            spaceAfter[g] = sentence.SpaceAfter[r];
        }
        foreach (var (start, end, head) in runs)
        {
            int g = group[start];
            forms[g] = string.Concat(sentence.Forms[start..(end + 1)]);
            // The lemma is the written compound, with its last part lemmatised when that part is the head ("20-years" → "20-year").
            lemmas[g] = head == end ? string.Concat(string.Concat(sentence.Forms[start..end]), sentence.Lemmas[end]) : forms[g];
            spaceAfter[g] = sentence.SpaceAfter[end];
        }
        return ConlluSentence.FromWords(forms, lemmas, upos, xpos, heads, relations, spaceAfter);
    }

    private static bool IsJoiningHyphen(ConlluSentence s, int i) =>
        s.Forms[i] == "-" && s.Xpos[i] == "HYPH" && !s.SpaceAfter[i];

    private static bool IsWord(ConlluSentence s, int i) => s.Upos[i] != "PUNCT";

    // The word of the run whose head lies outside it, provided the path from there to the root never re-enters the run.
    private static int RunHead(ConlluSentence s, int start, int end)
    {
        int found = -1;
        for (int i = start; i <= end; i++)
        {
            int h = s.Heads[i];
            if (h >= start && h <= end) continue;
            if (found >= 0) return -1; // two words of the run attach outside it: not one compound
            found = i;
        }
        if (found < 0) return -1;
        for (int h = s.Heads[found], steps = 0; h >= 0 && steps <= s.Count; h = s.Heads[h], steps++)
        {
            if (h >= start && h <= end) return -1;
        }
        return found;
    }
}
