using Dossier.Diagnostics;

namespace Dossier.Model;

/// <summary>
/// One article: an immutable clean text, its metadata, a map back to the source, and annotation layers.
/// Each layer is a flat, struct-of-arrays object set once by the pipeline component that assigns it;
/// <see cref="Token"/>, <see cref="Sentence"/> and the other views are cheap structs over a layer and an index.
/// A document is worked on by one thread at a time; the pipeline that fills it is shared across threads.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<Type, object> _layers = [];

    public Document(string text, DocumentMetadata metadata, OffsetMap sourceMap, ParagraphLayer paragraphs, IReadOnlyList<RemovedBlock>? removed = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sourceMap.CleanLength != text.Length)
            throw new ArgumentException($"The offset map covers {sourceMap.CleanLength} characters but the text has {text.Length}.", nameof(sourceMap));
        Text = text;
        Metadata = metadata;
        SourceMap = sourceMap;
        Removed = removed ?? [];
        paragraphs.Validate(text.Length);
        _layers[typeof(ParagraphLayer)] = paragraphs;
    }

    /// <summary>
    /// A document whose text is already clean body text: the source is the text itself and paragraphs
    /// are separated by line breaks. This is what tests and <c>--raw</c> use.
    /// </summary>
    public static Document FromText(string text, DocumentMetadata? metadata = null) =>
        new(text, metadata ?? DocumentMetadata.Empty, OffsetMap.Identity(text.Length), ParagraphLayer.FromLineBreaks(text));

    /// <summary>The clean article body. Spans of every layer index into this string.</summary>
    public string Text { get; }
    public DocumentMetadata Metadata { get; }
    public OffsetMap SourceMap { get; }
    /// <summary>What the reader left out of the body (headline, captions, credits, prompts) and why.</summary>
    public IReadOnlyList<RemovedBlock> Removed { get; }

    public ParagraphLayer Paragraphs => Get<ParagraphLayer>();
    public TokenLayer Tokens => Get<TokenLayer>();
    public SentenceLayer Sentences => Get<SentenceLayer>();

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);
    public string Substring(TextSpan span) => Text.Substring(span.Start, span.Length);

    public bool Has<TLayer>() where TLayer : class => _layers.ContainsKey(typeof(TLayer));

    public bool TryGet<TLayer>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TLayer? layer) where TLayer : class
    {
        if (_layers.TryGetValue(typeof(TLayer), out var value))
        {
            layer = (TLayer)value;
            return true;
        }
        layer = null;
        return false;
    }

    /// <summary>The layer of type <typeparamref name="TLayer"/>; fails with DSR0202 when no component assigned it.</summary>
    public TLayer Get<TLayer>() where TLayer : class =>
        TryGet<TLayer>(out var layer) ? layer : throw new DossierException(Errors.LayerMissing(typeof(TLayer).Name));

    /// <summary>Sets a layer once. A second assignment is a pipeline bug and fails with DSR0203.</summary>
    public void Set<TLayer>(TLayer layer) where TLayer : class
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (!_layers.TryAdd(typeof(TLayer), layer))
            throw new DossierException(Errors.LayerAlreadySet(typeof(TLayer).Name));
    }

    /// <summary>Names of the layers present, for diagnostics.</summary>
    public IEnumerable<string> LayerNames => _layers.Keys.Select(t => t.Name);
}
