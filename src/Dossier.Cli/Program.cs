using Dossier.Cli;

return CommandLine.Run(args);
