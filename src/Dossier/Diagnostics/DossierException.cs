namespace Dossier.Diagnostics;

/// <summary>Carries a <see cref="DossierError"/> where an error cannot be returned as a value.</summary>
public sealed class DossierException : Exception
{
    public DossierException(DossierError error, Exception? inner = null) : base(error.ToString(), inner) => Error = error;

    public DossierException() : this(Errors.Unexpected("unknown")) { }
    public DossierException(string message) : this(Errors.Unexpected(message)) { }
    public DossierException(string message, Exception inner) : this(Errors.Unexpected(message), inner) { }

    public DossierError Error { get; }
}
