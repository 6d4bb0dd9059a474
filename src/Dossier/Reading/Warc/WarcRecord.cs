namespace Dossier.Reading.Warc;

/// <summary>One WARC record: its named header fields and its block (null when it was too large and skipped).</summary>
internal sealed record WarcRecord(long Offset, IReadOnlyDictionary<string, string> Headers, byte[]? Block, long Length)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    public string Type => Header("WARC-Type") ?? "";
    public string? TargetUri => Header("WARC-Target-URI")?.Trim('<', '>');
    public string? RecordId => Header("WARC-Record-ID")?.Trim('<', '>');
}
