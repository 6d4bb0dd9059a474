namespace Dossier.Cli.Output;

/// <summary>One column of a table or CSV: its header and how to get the cell's text from a row.</summary>
internal sealed record Column<T>(string Header, Func<T, string?> Value)
{
    /// <summary>For tables: the most characters shown before the cell is cut with "…" (0 = no limit).</summary>
    public int MaxWidth { get; init; }

    /// <summary>False for columns only machine formats need (URLs, ids): tables stay readable.</summary>
    public bool InTable { get; init; } = true;
}
