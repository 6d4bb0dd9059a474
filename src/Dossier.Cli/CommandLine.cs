using System.CommandLine;

namespace Dossier.Cli;

/// <summary>Builds the <c>dossier</c> root command from the command list and runs it.</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Dossier: who said what, about whom, what happened, and how the actors relate, with evidence offsets.");
        foreach (var command in CommandCatalog.All())
            root.Subcommands.Add(command);
        return root.Parse(args).Invoke();
    }
}
