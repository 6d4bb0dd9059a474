namespace Dossier.Diagnostics;

/// <summary>
/// A problem reported to the user: a stable code (DSR + four digits, see <see cref="Errors"/>), a message,
/// and the input it concerns. Errors are values so a batch can report one and go on with the next item.
/// </summary>
public sealed record DossierError(string Code, string Message, string? Source = null)
{
    /// <summary>The same error, naming the file or record it happened in.</summary>
    public DossierError At(string source) => this with { Source = source };

    public override string ToString() => Source is null ? $"{Code}: {Message}" : $"{Source}: {Code}: {Message}";
}
