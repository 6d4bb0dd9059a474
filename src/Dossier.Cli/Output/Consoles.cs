using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>Spectre consoles bound to a given writer (stdout for results, stderr for progress), colour only on terminals.</summary>
internal static class Consoles
{
    public static IAnsiConsole For(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = IsTerminal(writer) ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsTerminal(writer) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = IsTerminal(writer) ? InteractionSupport.Detect : InteractionSupport.No,
    });

    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected) || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
}
