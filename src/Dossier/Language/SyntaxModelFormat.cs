using Dossier.Language.Features;
using Dossier.Language.Lemmas;
using Dossier.Language.Perceptron;
using Dossier.Language.Tagging;

namespace Dossier.Language;

/// <summary>
/// The binary layout of a syntax model file (Brotli-compressed): a header, then tag set, lexicon, tagger weights,
/// lemmatizer and parser weights. Weights are stored as half-precision floats, which changes no decision that
/// matters and halves the file.
/// </summary>
internal static class SyntaxModelFormat
{
    public const string Magic = "DOSSIER-SYNTAX";

    /// <summary>Version 2 says after the tagger's first pass which pass follows (<see cref="TaggerPass"/>); version 1 had a bool for a second pass.</summary>
    public const int Version = 2;

    /// <summary>The tagger pass stored after the first one (format version 2; version 1 knew only None and Second).</summary>
    public enum TaggerPass : byte { None = 0, Second = 1, Backward = 2 }

    public static void WriteTagSet(BinaryWriter w, TagSet tags)
    {
        w.Write7BitEncodedInt(tags.Count);
        foreach (var (tag, pos) in tags.Pairs)
        {
            w.Write((byte)tag);
            w.Write((byte)pos);
        }
    }

    public static TagSet ReadTagSet(BinaryReader r)
    {
        int count = r.Read7BitEncodedInt();
        var pairs = new (PennTag, UniversalPos)[count];
        for (int i = 0; i < count; i++) pairs[i] = ((PennTag)r.ReadByte(), (UniversalPos)r.ReadByte());
        return new TagSet(pairs);
    }

    public static void WriteLexicon(BinaryWriter w, Lexicon lexicon)
    {
        WriteMap(w, lexicon.FormAmbiguity, w.Write);
        WriteMap(w, lexicon.WordAmbiguity, w.Write);
        WriteMap(w, lexicon.Clusters, w.Write);
        w.Write7BitEncodedInt(lexicon.Known.Count);
        foreach (ulong word in lexicon.Known.Order()) w.Write(word);
    }

    public static Lexicon ReadLexicon(BinaryReader r)
    {
        var formAmbiguity = ReadMap(r, r.ReadUInt64);
        var wordAmbiguity = ReadMap(r, r.ReadUInt64);
        var clusters = ReadMap(r, r.ReadUInt32);
        var known = new ulong[r.Read7BitEncodedInt()];
        for (int i = 0; i < known.Length; i++) known[i] = r.ReadUInt64();
        return new Lexicon(formAmbiguity, wordAmbiguity, clusters, known);
    }

    public static void WriteLemmatizer(BinaryWriter w, Lemmatizer lemmatizer)
    {
        w.Write7BitEncodedInt(lemmatizer.Scripts.Length);
        foreach (var script in lemmatizer.Scripts)
        {
            w.Write(script.Lower);
            w.Write7BitEncodedInt(script.Strip);
            w.Write(script.Append);
        }
        WriteMap(w, lemmatizer.Exact, w.Write);
        WriteMap(w, lemmatizer.Normalised, w.Write);
        WriteMap(w, lemmatizer.Suffixes, w.Write);
    }

    public static Lemmatizer ReadLemmatizer(BinaryReader r)
    {
        var scripts = new LemmaScript[r.Read7BitEncodedInt()];
        for (int i = 0; i < scripts.Length; i++) scripts[i] = new LemmaScript(r.ReadBoolean(), r.Read7BitEncodedInt(), r.ReadString());
        return new Lemmatizer(scripts, ReadMap(r, r.ReadUInt16), ReadMap(r, r.ReadUInt16), ReadMap(r, r.ReadUInt16));
    }

    public static void WriteWeights(BinaryWriter w, SparseWeights weights)
    {
        w.Write7BitEncodedInt(weights.ClassCount);
        var rows = weights.Rows().OrderBy(r => r.Key).ToList();
        w.Write7BitEncodedInt(rows.Count);
        w.Write7BitEncodedInt(weights.EntryCount);
        ulong previous = 0;
        foreach (var (key, start, count) in rows)
        {
            // Sorted keys stored as gaps in units of their lowest kept bit: about 3 bytes each.
            w.Write7BitEncodedInt64((long)((key - previous) >> 24));
            previous = key;
            w.Write7BitEncodedInt(count);
            for (int e = start; e < start + count; e++) w.Write(weights.ClassAt(e));
            for (int e = start; e < start + count; e++) w.Write((Half)weights.WeightAt(e));
        }
    }

    public static SparseWeights ReadWeights(BinaryReader r)
    {
        int classCount = r.Read7BitEncodedInt();
        int rowCount = r.Read7BitEncodedInt();
        int entryCount = r.Read7BitEncodedInt();
        if (rowCount < 0 || entryCount < 0 || entryCount >= SparseWeights.MaxEntries) throw new InvalidDataException("weight table size out of range");
        var keys = new ulong[rowCount];
        var starts = new int[rowCount + 1];
        var weights = new float[entryCount];
        var classes = new byte[entryCount];
        ulong key = 0;
        int entry = 0;
        for (int i = 0; i < rowCount; i++)
        {
            key += (ulong)r.Read7BitEncodedInt64() << 24;
            keys[i] = key;
            starts[i] = entry;
            int count = r.Read7BitEncodedInt();
            if (count < 0 || entry + count > entryCount) throw new InvalidDataException("weight row runs past the table");
            r.ReadBytes(count).CopyTo(classes, entry);
            for (int e = 0; e < count; e++) weights[entry + e] = (float)r.ReadHalf();
            entry += count;
        }
        starts[rowCount] = entry;
        return new SparseWeights(classCount, keys, starts, weights, classes);
    }

    private static void WriteMap<TValue>(BinaryWriter w, IReadOnlyDictionary<ulong, TValue> map, Action<TValue> write)
    {
        w.Write7BitEncodedInt(map.Count);
        foreach (var (key, value) in map.OrderBy(p => p.Key))
        {
            w.Write(key);
            write(value);
        }
    }

    private static Dictionary<ulong, TValue> ReadMap<TValue>(BinaryReader r, Func<TValue> read)
    {
        int count = r.Read7BitEncodedInt();
        var map = new Dictionary<ulong, TValue>(count);
        for (int i = 0; i < count; i++)
        {
            ulong key = r.ReadUInt64();
            map[key] = read();
        }
        return map;
    }
}
