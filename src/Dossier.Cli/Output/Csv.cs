namespace Dossier.Cli.Output;

/// <summary>RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
internal static class Csv
{
    public static void WriteRow(TextWriter output, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (var field in fields)
        {
            if (!first) output.Write(',');
            first = false;
            output.Write(Escape(field ?? ""));
        }
        output.Write("\r\n");
    }

    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
