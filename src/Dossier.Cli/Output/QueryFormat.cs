namespace Dossier.Cli.Output;

/// <summary>How query results are printed: a table for people, JSON, JSON Lines or CSV for programs.</summary>
internal enum QueryFormat { Table, Json, Jsonl, Csv }
