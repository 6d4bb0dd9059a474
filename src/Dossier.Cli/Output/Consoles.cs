using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>Spectre consoles bound to a given writer (stdout for results, stderr for progress), colour only on terminals.</summary>
internal static class Consoles
{
    // Width of tables written to a file or pipe (a terminal tells its own width).
    private const int RedirectedWidth = 140;

    public static IAnsiConsole For(TextWriter writer)
    {
        bool terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal) console.Profile.Width = RedirectedWidth;
        return console;
    }

    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected) || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
}
