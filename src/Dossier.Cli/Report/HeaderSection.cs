using System.Globalization;
using Dossier.Model;
using Spectre.Console;

namespace Dossier.Cli.Report;

/// <summary>Title, date, byline, source and the size of each layer.</summary>
internal sealed class HeaderSection : IReportSection
{
    public void Render(IAnsiConsole console, Document document)
    {
        var m = document.Metadata;
        console.Write(new Rule($"[bold]{Markup.Escape(m.Title ?? "(untitled)")}[/]").LeftJustified());
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) grid.AddRow($"[grey]{label}[/]", Markup.Escape(value));
        }
        Row("date", m.Published?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        Row("byline", m.Byline ?? (m.Authors.Count > 0 ? string.Join(", ", m.Authors) : null));
        Row("site", m.Site);
        Row("url", m.Url);
        Row("source", $"{m.Source} ({m.Format}, {m.Encoding}{(m.Language is null ? "" : ", " + m.Language)})");
        var counts = new List<string> { $"{document.Paragraphs.Count} paragraphs" };
        if (document.Has<SentenceLayer>()) counts.Add($"{document.Sentences.Count} sentences");
        if (document.Has<TokenLayer>()) counts.Add($"{document.Tokens.Count} tokens");
        counts.Add($"{document.Text.Length} characters");
        Row("size", string.Join(", ", counts));
        console.Write(grid);
        console.WriteLine();
    }
}
