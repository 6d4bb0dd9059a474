using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Reading;

/// <summary>
/// One item read from an input: a document, or the error that kept it from being read (never both).
/// Warnings (for example replaced invalid bytes) accompany a document that was read anyway.
/// </summary>
public sealed class ReadResult
{
    private ReadResult(Document? document, DossierError? error, IReadOnlyList<DossierError> warnings)
    {
        Document = document;
        Error = error;
        Warnings = warnings;
    }

    public Document? Document { get; }
    public DossierError? Error { get; }
    public IReadOnlyList<DossierError> Warnings { get; }

    public static ReadResult Ok(Document document, IReadOnlyList<DossierError>? warnings = null) => new(document, null, warnings ?? []);

    public static ReadResult Failed(DossierError error) => new(null, error, []);
}
