namespace Dossier.Language.Conllu;

/// <summary>What the model predicts for the words of one sentence (heads 0-based, -1 for the root).</summary>
public sealed record PredictedSentence(UniversalPos[] Pos, PennTag[] Tags, string[] Lemmas, int[] Heads, DependencyRelation[] Relations)
{
    /// <summary>Runs <paramref name="model"/> on the given words (gold tokenisation, one sentence).</summary>
    public static PredictedSentence Analyze(SyntaxModel model, IReadOnlyList<string> forms)
    {
        int n = forms.Count;
        var text = string.Join(' ', forms);
        var starts = new int[n];
        var ends = new int[n];
        for (int i = 0, offset = 0; i < n; i++)
        {
            starts[i] = offset;
            ends[i] = offset + forms[i].Length;
            offset = ends[i] + 1;
        }
        var pos = new UniversalPos[n];
        var tags = new PennTag[n];
        var scripts = new ushort[n];
        var heads = new int[n];
        var relations = new DependencyRelation[n];
        model.Analyze(text, starts, ends, pos, tags, scripts, heads, relations);
        var lemmas = new string[n];
        for (int i = 0; i < n; i++) lemmas[i] = model.LemmaScripts[scripts[i]].Apply(forms[i]);
        return new PredictedSentence(pos, tags, lemmas, heads, relations);
    }
}
