using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Our quotes in PolNeAR's terms. PolNeAR annotates a quote broken by "he said", or continued in the next
/// sentence without a new cue, as one attribution with discontinuous content; a quote that continues the previous
/// one (<see cref="Quote.ContinuesPrevious"/>) is therefore merged into it.
/// </summary>
internal static class PolnearView
{
    public sealed record Prediction(List<TextSpan> Source, List<TextSpan> Cue, List<TextSpan> Content);

    public static List<Prediction> Attributions(QuoteLayer quotes)
    {
        var result = new List<Prediction>();
        Prediction? previous = null;
        foreach (var q in quotes.All())
        {
            if (q.ContinuesPrevious && previous is not null)
            {
                previous.Content.AddRange(q.Content.ToArray());
                continue;
            }
            var p = new Prediction(q.Speaker is { } s ? [s] : [], q.Cue is { } c ? [c] : [], [.. q.Content.ToArray()]);
            result.Add(p);
            previous = p;
        }
        return result;
    }
}
