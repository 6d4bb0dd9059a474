using System.IO.Compression;
using System.Text;
using Dossier.Diagnostics;

namespace Dossier.Entities.Tagging;

/// <summary>
/// A trained tagger: one or two stages of weights (the second sees the first's labels for the whole document)
/// and the resources their features read. The file (models/ner.model) is Brotli-compressed binary: a header,
/// a description of how it was made, then per stage the feature keys and the 16-bit weights.
/// </summary>
internal sealed class NerModel(IReadOnlyList<NerWeights> stages, NerResources resources, string description)
{
    private const string Magic = "DSRNER";
    private const int FormatVersion = 1;

    public IReadOnlyList<NerWeights> Stages { get; } = stages;
    public NerResources Resources { get; } = resources;
    /// <summary>How the model was made (command, seed, data fingerprints, scores), as recorded at training time.</summary>
    public string Description { get; } = description;

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        writer.Write(Stages.Count);
        foreach (var stage in Stages)
        {
            writer.Write(stage.Count);
            writer.Write(stage.Scale);
            // Keys column-wise by byte plane would compress better; plain order keeps loading trivial.
            foreach (ulong key in stage.Keys) writer.Write(key);
            foreach (short w in stage.Weights) writer.Write(w);
        }
    }

    public static NerModel Load(string path, NerResources resources) => Load(path, Task.FromResult(resources));

    /// <summary>Reads the weights while <paramref name="resources"/> may still be loading on another thread.</summary>
    public static NerModel Load(string path, Task<NerResources> resources)
    {
        if (!File.Exists(path)) throw new DossierException(Errors.ModelMissing(path));
        try
        {
            using var file = File.OpenRead(path);
            using var brotli = new BrotliStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
            if (!string.Equals(reader.ReadString(), Magic, StringComparison.Ordinal)) throw new InvalidDataException("not a Dossier NER model");
            int version = reader.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"format version {version}, expected {FormatVersion}");
            string description = reader.ReadString();
            int stageCount = reader.ReadInt32();
            var stages = new List<NerWeights>();
            for (int s = 0; s < stageCount; s++)
            {
                int count = reader.ReadInt32();
                float scale = reader.ReadSingle();
                var keys = new ulong[count];
                reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(keys.AsSpan()));
                var weights = new short[count * NerLabels.Count];
                reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
                stages.Add(new NerWeights(keys, weights, scale));
            }
            return new NerModel(stages, resources.GetAwaiter().GetResult(), description);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new DossierException(Errors.ModelCorrupt(path, ex.Message));
        }
    }
}
