using System.Text.Json;
using Dossier.Model;

namespace Dossier.Storage.Queue;

/// <summary>
/// A read document as JSON for the work queue: text, paragraph spans, metadata and what the reader removed: all that
/// analysis sees of a document. The
/// offset map back to the source is not kept (the store keeps spans in the clean text only).
/// </summary>
public static class QueuedDocument
{
    private sealed record Payload(string Text, int[][] Paragraphs, DocumentMetadata Metadata, Removed[]? Removed);

    private sealed record Removed(int Start, int End, BoilerplateKind Kind, string Text);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(Document document)
    {
        var paragraphs = new int[document.Paragraphs.Count][];
        for (int i = 0; i < paragraphs.Length; i++) paragraphs[i] = [document.Paragraphs.SpanAt(i).Start, document.Paragraphs.SpanAt(i).End];
        var removed = document.Removed.Select(r => new Removed(r.SourceSpan.Start, r.SourceSpan.End, r.Kind, r.Text)).ToArray();
        return JsonSerializer.Serialize(new Payload(document.Text, paragraphs, document.Metadata, removed), Options);
    }

    public static Document Deserialize(string json)
    {
        var payload = JsonSerializer.Deserialize<Payload>(json, Options) ?? throw new JsonException("empty queued document");
        var layer = new ParagraphLayer([.. payload.Paragraphs.Select(p => p[0])], [.. payload.Paragraphs.Select(p => p[1])]);
        var removed = (payload.Removed ?? []).Select(r => new RemovedBlock(new TextSpan(r.Start, r.End), r.Kind, r.Text)).ToList();
        return new Document(payload.Text, payload.Metadata, OffsetMap.Identity(payload.Text.Length), layer, removed);
    }
}
