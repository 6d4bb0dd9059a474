namespace Dossier.Tests.Text;

/// <summary>
/// One example of a Markdown spec file: a title, an input, and the expected tokens and/or sentences.
/// Expected token lines are "text" or "text [kind]".
/// </summary>
public sealed record TextSpec(string Title, string Input, IReadOnlyList<string>? Tokens, IReadOnlyList<string>? Sentences)
{
    /// <summary>Reads every "## title" section of <paramref name="path"/> with its fenced input, tokens and sentences blocks.</summary>
    public static IReadOnlyList<TextSpec> Load(string path)
    {
        var specs = new List<TextSpec>();
        string? title = null;
        var blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? open = null;
        foreach (var line in File.ReadLines(path))
        {
            if (open is not null)
            {
                if (line.StartsWith("```", StringComparison.Ordinal)) open = null;
                else open.Add(line);
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                title = line[3..].Trim();
            }
            else if (line.StartsWith("```", StringComparison.Ordinal) && title is not null)
            {
                open = [];
                blocks[line[3..].Trim()] = open;
            }
        }
        Flush();
        return specs;

        void Flush()
        {
            if (title is not null && blocks.TryGetValue("input", out var input))
                specs.Add(new TextSpec(title, string.Join("\n", input), blocks.GetValueOrDefault("tokens"), blocks.GetValueOrDefault("sentences")));
            blocks.Clear();
        }
    }
}
