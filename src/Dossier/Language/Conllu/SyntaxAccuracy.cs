using System.Globalization;

namespace Dossier.Language.Conllu;

/// <summary>
/// Word-level accuracies against gold CoNLL-U, as the CoNLL 2018 shared task counts them (every word, punctuation
/// included): UPOS, XPOS, lemma, UAS, and LAS on universal relations (subtypes ignored). LAS with subtypes is
/// reported too, as <see cref="FullLas"/>.
/// </summary>
public sealed class SyntaxAccuracy
{
    public long Words { get; private set; }
    public long Sentences { get; private set; }
    private long _pos, _tag, _lemma, _head, _labelled, _labelledFull;

    public double Pos => Ratio(_pos);
    public double Tag => Ratio(_tag);
    public double Lemma => Ratio(_lemma);
    public double Uas => Ratio(_head);
    public double Las => Ratio(_labelled);
    public double FullLas => Ratio(_labelledFull);

    public void Add(ConlluSentence gold, PredictedSentence predicted)
    {
        Sentences++;
        for (int i = 0; i < gold.Count; i++)
        {
            Words++;
            if (SyntaxLabels.Name(predicted.Pos[i]) == gold.Upos[i]) _pos++;
            if (SyntaxLabels.Name(predicted.Tags[i]) == gold.Xpos[i]) _tag++;
            if (predicted.Lemmas[i] == gold.Lemmas[i]) _lemma++;
            if (predicted.Heads[i] != gold.Heads[i]) continue;
            _head++;
            var goldRelation = SyntaxLabels.ParseRelation(gold.Relations[i]);
            if (predicted.Relations[i].Universal() == goldRelation.Universal()) _labelled++;
            if (SyntaxLabels.Name(predicted.Relations[i]) == gold.Relations[i]) _labelledFull++;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"UPOS {100 * Pos:0.00}  XPOS {100 * Tag:0.00}  lemma {100 * Lemma:0.00}  UAS {100 * Uas:0.00}  LAS {100 * Las:0.00}  (LAS with subtypes {100 * FullLas:0.00}; {Words:N0} words)");

    private double Ratio(long count) => Words == 0 ? 0 : (double)count / Words;
}
