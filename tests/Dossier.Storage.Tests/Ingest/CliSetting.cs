namespace Dossier.Storage.Tests.Ingest;

/// <summary>Where a child <c>dossier</c> runs: its current folder and its DOSSIER_DB (absent unless given).</summary>
internal sealed record CliSetting(string? WorkingDirectory = null, string? DossierDb = null);
