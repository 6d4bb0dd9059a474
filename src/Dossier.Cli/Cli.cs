using Dossier.Diagnostics;

namespace Dossier.Cli;

/// <summary>Presentation of errors: a user's mistake is one clear line on stderr, never a stack trace.</summary>
internal static class Cli
{
    /// <summary>Exit code when the command could do nothing useful (bad arguments, no input processed).</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a bug in Dossier itself.</summary>
    public const int InternalError = 70;

    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (DossierException ex)
        {
            Console.Error.WriteLine($"dossier: {ex.Error}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("dossier: cancelled");
            return Failed;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"dossier: DSR0105: {ex.Message}");
            return Failed;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"dossier: DSR0105: {ex.Message}");
            return Failed;
        }
    }
}
