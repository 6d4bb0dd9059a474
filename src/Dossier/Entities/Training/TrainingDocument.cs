using Dossier.Entities.Conll;
using Dossier.Entities.Tagging;

namespace Dossier.Entities.Training;

/// <summary>A training or development document: its token table, gold BILOU labels, and (once keyed) its static feature keys.</summary>
internal sealed class TrainingDocument
{
    public required TokenTable Table { get; init; }
    public required int[] Gold { get; init; }
    /// <summary>Static feature keys of every token, flat; token i's are Keys[Offsets[i]..Offsets[i + 1]].</summary>
    public ulong[] Keys { get; private set; } = [];
    public int[] Offsets { get; private set; } = [];
    public int Count => Table.Count;

    public static TrainingDocument From(ConllDocument document, NerResources resources)
    {
        var (text, starts, ends, sentenceStarts) = document.Flatten();
        var table = new TokenTable();
        table.Fill(text, starts, ends, sentenceStarts, resources);
        var gold = new int[starts.Length];
        int t = 0;
        foreach (var sentence in document.Sentences)
        {
            var types = new int[sentence.Count];
            var begins = new bool[sentence.Count];
            for (int i = 0; i < sentence.Count; i++) types[i] = -1;
            foreach (var chunk in ConllChunks.Of(sentence.Tags))
            {
                int type = NerLabels.TypeIndex(chunk.Type);
                if (type < 0) continue;
                begins[chunk.Start] = true;
                for (int i = chunk.Start; i < chunk.End; i++) types[i] = type;
            }
            NerLabels.FromChunks(types, begins, gold.AsSpan(t, sentence.Count));
            t += sentence.Count;
        }
        return new TrainingDocument { Table = table, Gold = gold };
    }

    public void ComputeKeys()
    {
        var keys = new List<ulong>(Count * 64);
        var offsets = new int[Count + 1];
        Span<ulong> buffer = stackalloc ulong[FeatureExtractor.MaxStatic];
        for (int i = 0; i < Count; i++)
        {
            int n = FeatureExtractor.Static(Table, i, buffer);
            foreach (ulong k in buffer[..n]) keys.Add(k);
            offsets[i + 1] = keys.Count;
        }
        Keys = [.. keys];
        Offsets = offsets;
    }
}
