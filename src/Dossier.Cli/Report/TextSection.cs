using Dossier.Model;
using Spectre.Console;

namespace Dossier.Cli.Report;

/// <summary>The body, paragraph by paragraph; with sentences, one numbered sentence per line ("3.2" = paragraph 3, sentence 2).</summary>
internal sealed class TextSection : IReportSection
{
    public void Render(IAnsiConsole console, Document document)
    {
        if (!document.Has<SentenceLayer>())
        {
            foreach (var paragraph in document.Paragraphs.All())
                console.MarkupLine($"[grey]{paragraph.Index + 1,6}[/]  {Markup.Escape(document.Substring(paragraph.Span))}");
            console.WriteLine();
            return;
        }
        int currentParagraph = -1, number = 0;
        foreach (var sentence in document.Sentences.All())
        {
            int paragraph = document.Paragraphs.IndexAt(sentence.Start);
            number = paragraph == currentParagraph ? number + 1 : 1;
            currentParagraph = paragraph;
            console.MarkupLine($"[grey]{$"{paragraph + 1}.{number}",6}[/]  {Markup.Escape(document.Substring(sentence.Span))}");
        }
        console.WriteLine();
    }
}
