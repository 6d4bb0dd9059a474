using System.Text.Json;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>
/// Prints rows in the chosen format: a table (the columns), JSON (one array of the whole records), JSON Lines
/// (one record per line, streamed) or CSV (the columns, streamed). Records are the store's own row types.
/// </summary>
internal static class RecordOutput
{
    public static void Write<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, QueryFormat format, TextWriter output, string? emptyMessage = null)
    {
        switch (format)
        {
            case QueryFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(rows.ToList(), JsonOutput.Options(indented: true)));
                break;
            case QueryFormat.Jsonl:
                var options = JsonOutput.Options(indented: false);
                foreach (var row in rows) output.WriteLine(JsonSerializer.Serialize(row, options));
                break;
            case QueryFormat.Csv:
                Csv.WriteRow(output, columns.Select(c => c.Header));
                foreach (var row in rows) Csv.WriteRow(output, columns.Select(c => c.Value(row)));
                break;
            default:
                Table(rows.ToList(), columns, output, emptyMessage);
                break;
        }
        output.Flush();
    }

    private static void Table<T>(List<T> rows, IReadOnlyList<Column<T>> allColumns, TextWriter output, string? emptyMessage)
    {
        var columns = allColumns.Where(c => c.InTable).ToList();
        var console = Consoles.For(output);
        if (rows.Count == 0)
        {
            console.MarkupLine($"[grey]{Markup.Escape(emptyMessage ?? "nothing found")}[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column.Header)));
        foreach (var row in rows)
            table.AddRow(columns.Select(c => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(Cut(c.Value(row) ?? "", c.MaxWidth))).ToArray());
        console.Write(table);
    }

    public static string Cut(string text, int max) => max > 0 && text.Length > max ? text[..(max - 1)] + "…" : text;
}
