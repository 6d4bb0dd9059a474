using System.IO.Compression;
using System.Text;
using Dossier.Diagnostics;
using Dossier.Language.Features;
using Dossier.Language.Lemmas;
using Dossier.Language.Parsing;
using Dossier.Language.Tagging;

namespace Dossier.Language;

/// <summary>
/// A trained syntax model: lexicon, tagger, lemmatizer and parser, loaded once and shared by every thread.
/// <see cref="Analyze"/> runs all three on one sentence given as token spans of a text.
/// </summary>
public sealed class SyntaxModel
{
    internal SyntaxModel(string description, Lexicon lexicon, Tagger tagger, Lemmatizer lemmatizer, DependencyParser parser)
    {
        Description = description;
        Lexicon = lexicon;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    /// <summary>How the model was made (command, data fingerprint, date), as written by the trainer.</summary>
    public string Description { get; }
    internal Lexicon Lexicon { get; }
    internal Tagger Tagger { get; }
    internal Lemmatizer Lemmatizer { get; }
    internal DependencyParser Parser { get; }

    /// <summary>
    /// The same model keeping at most the given numbers of features per tagger pass and for the parser (see
    /// <see cref="Perceptron.SparseWeights.Keep"/>), and of the parser's weights those that pass
    /// <see cref="Perceptron.SparseWeights.Prune"/> (0 keeps them all).
    /// </summary>
    internal SyntaxModel Compact(int taggerFeatures, int parserFeatures, float parserMinWeight = 0)
    {
        var parser = Parser.Weights.Keep(parserFeatures);
        if (parserMinWeight > 0) parser = parser.Prune(parserMinWeight);
        return new(Description, Lexicon, new Tagger(Tagger.Tags, Tagger.First.Keep(taggerFeatures), Tagger.Second?.Keep(taggerFeatures), Tagger.Backward?.Keep(taggerFeatures)),
            Lemmatizer, new DependencyParser(parser));
    }

    /// <summary>A copy with another description (the trainer's record of how the model was made).</summary>
    internal SyntaxModel Describe(string description) => new(description, Lexicon, Tagger, Lemmatizer, Parser);

    /// <summary>The lemma scripts that <see cref="SyntaxLayer"/> lemma ids index into.</summary>
    internal LemmaScript[] LemmaScripts => Lemmatizer.Scripts;

    /// <summary>The model shipped with Dossier: models/syntax.model next to the program, else in the repository.</summary>
    public static string DefaultPath => ModelFiles.Find("syntax.model");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SyntaxModel>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The model at <paramref name="path"/>, loaded once per process however many pipelines ask for it.</summary>
    public static SyntaxModel Shared(string path) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<SyntaxModel>(() => Load(p))).Value;

    public static SyntaxModel Load(string path)
    {
        if (!File.Exists(path)) throw new DossierException(Errors.ModelMissing(path));
        try
        {
            using var file = File.OpenRead(path);
            using var brotli = new BrotliStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
            if (reader.ReadString() != SyntaxModelFormat.Magic) throw new InvalidDataException("not a Dossier syntax model");
            int version = reader.ReadInt32();
            if (version is < 1 or > SyntaxModelFormat.Version) throw new InvalidDataException($"format version {version}, this program reads 1 to {SyntaxModelFormat.Version}");
            string description = reader.ReadString();
            var tags = SyntaxModelFormat.ReadTagSet(reader);
            var lexicon = SyntaxModelFormat.ReadLexicon(reader);
            var firstPass = SyntaxModelFormat.ReadWeights(reader);
            var next = (SyntaxModelFormat.TaggerPass)reader.ReadByte();
            if (next > SyntaxModelFormat.TaggerPass.Backward || (version == 1 && next > SyntaxModelFormat.TaggerPass.Second)) throw new InvalidDataException($"unknown tagger pass {next}");
            var nextPass = next == SyntaxModelFormat.TaggerPass.None ? null : SyntaxModelFormat.ReadWeights(reader);
            var tagger = next == SyntaxModelFormat.TaggerPass.Backward ? new Tagger(tags, firstPass, null, nextPass) : new Tagger(tags, firstPass, nextPass);
            var lemmatizer = SyntaxModelFormat.ReadLemmatizer(reader);
            var parser = new DependencyParser(SyntaxModelFormat.ReadWeights(reader));
            return new SyntaxModel(description, lexicon, tagger, lemmatizer, parser);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or InvalidOperationException or FormatException)
        {
            throw new DossierException(Errors.ModelCorrupt(path, ex.Message));
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        // Quality 6 of 11: within a few percent of the smallest file, at a fraction of the time of quality 11.
        using var brotli = new BrotliStream(file, new BrotliCompressionOptions { Quality = 6 });
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(SyntaxModelFormat.Magic);
        writer.Write(SyntaxModelFormat.Version);
        writer.Write(Description);
        SyntaxModelFormat.WriteTagSet(writer, Tagger.Tags);
        SyntaxModelFormat.WriteLexicon(writer, Lexicon);
        SyntaxModelFormat.WriteWeights(writer, Tagger.First);
        var next = Tagger.Second is not null ? SyntaxModelFormat.TaggerPass.Second : Tagger.Backward is not null ? SyntaxModelFormat.TaggerPass.Backward : SyntaxModelFormat.TaggerPass.None;
        writer.Write((byte)next);
        if ((Tagger.Second ?? Tagger.Backward) is { } nextPass) SyntaxModelFormat.WriteWeights(writer, nextPass);
        SyntaxModelFormat.WriteLemmatizer(writer, Lemmatizer);
        SyntaxModelFormat.WriteWeights(writer, Parser.Weights);
    }

    /// <summary>
    /// Tags, lemmatises and parses one sentence: the tokens are <paramref name="text"/>[starts[i], ends[i]).
    /// Writes one value per token into each output; heads are sentence-relative, -1 for the root.
    /// </summary>
    public void Analyze(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        Span<UniversalPos> pos, Span<PennTag> tags, Span<ushort> lemmas, Span<int> heads, Span<DependencyRelation> relations)
    {
        int count = starts.Length;
        var scratch = SyntaxScratch.ForCurrentThread();
        Tag(text, starts, ends, scratch);
        var sentence = scratch.Sentence;
        sentence.Reset(count);
        for (int i = 0; i < count; i++)
        {
            ref readonly var atoms = ref scratch.Padded[i + 2];
            Lemmatizer.Prefetch(atoms.Form, atoms.Word, Tagger.Tags.TagOf(scratch.Classes[i]));
        }
        for (int i = 0; i < count; i++)
        {
            int cls = scratch.Classes[i];
            pos[i] = Tagger.Tags.PosOf(cls);
            tags[i] = Tagger.Tags.TagOf(cls);
            ref readonly var atoms = ref scratch.Padded[i + 2];
            lemmas[i] = Lemmatizer.ScriptFor(text.AsSpan(starts[i], ends[i] - starts[i]), atoms.Form, atoms.Word, tags[i]);
            sentence.Words[i] = atoms.Word;
            sentence.Tags[i] = ParserTag(tags[i], pos[i]);
            sentence.Clusters[i] = atoms.Cluster8;
        }
        Parser.Parse(sentence, count, scratch.State);
        for (int i = 0; i < count; i++)
        {
            int head = scratch.State.Heads[i];
            heads[i] = head == count ? -1 : head;
            relations[i] = scratch.State.Relations[i];
        }
    }

    /// <summary>Tags one sentence without lemmas or parse: the tagger's part of <see cref="Analyze"/>.</summary>
    public void Tag(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<UniversalPos> pos, Span<PennTag> tags)
    {
        var scratch = SyntaxScratch.ForCurrentThread();
        Tag(text, starts, ends, scratch);
        for (int i = 0; i < starts.Length; i++)
        {
            pos[i] = Tagger.Tags.PosOf(scratch.Classes[i]);
            tags[i] = Tagger.Tags.TagOf(scratch.Classes[i]);
        }
    }

    /// <summary>Tags one sentence only (the tagger's part of <see cref="Analyze"/>): classes land in the scratch.</summary>
    internal void Tag(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, SyntaxScratch scratch)
    {
        int count = starts.Length;
        scratch.Reserve(count);
        var padded = scratch.Padded;
        padded[0] = padded[1] = AtomExtractor.Start;
        // The lexicon's lookups (tables of megabytes) are started for the whole sentence before the first is read.
        for (int i = 0; i < count; i++)
        {
            padded[i + 2] = AtomExtractor.ComputeOwn(text.AsSpan(starts[i], ends[i] - starts[i]));
            Lexicon.Prefetch(padded[i + 2].Form, padded[i + 2].Word);
        }
        for (int i = 0; i < count; i++) Lexicon.Describe(padded[i + 2].Form, padded[i + 2].Word, ref padded[i + 2]);
        padded[count + 2] = padded[count + 3] = AtomExtractor.End;
        Tagger.Tag(padded, count, scratch.Classes);
    }

    /// <summary>
    /// The tag atom the parser sees for a word: the Penn tag and the UPOS together, because each tells what the
    /// other does not ("is" is VBZ either way, but AUX or VERB; "that" is IN either way, but SCONJ or PRON).
    /// </summary>
    internal static ulong ParserTag(PennTag tag, UniversalPos pos) => (ulong)tag + 1 + ((ulong)pos << 8);
}
