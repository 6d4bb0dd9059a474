using System.Text;
using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>Runs the examples of Specs/QuotesSpecs.md: each `text` block through the default pipeline, compared with the `quotes` block after it.</summary>
public partial class QuoteSpecTests
{
    private static readonly DossierPipeline Pipeline = DefaultPipeline.Create();

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in Parse()) data.Add(example.Title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_gives_the_expected_quotes(string title)
    {
        var example = Parse().Single(e => e.Title == title);
        var document = Pipeline.Process(Document.FromText(example.Text));
        var actual = document.Get<QuoteLayer>().All().Select(q => Dump(document, q)).ToList();
        Assert.Equal(example.Expected, actual);
    }

    /// <summary>One quote as a spec line: <c>type [speaker] (cue) content</c>.</summary>
    public static string Dump(Document document, Quote q)
    {
        var content = string.Join(" … ", q.Content.ToArray().Select(document.Substring));
        var cue = q.Cue is { } c ? document.Substring(c) : "";
        return $"{GoldenQuoteMatcher.TypeName(q.Type)} [{q.SpeakerName}] ({cue}) {content}";
    }

    private sealed record Example(string Title, string Text, List<string> Expected);

    private static List<Example> Parse()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "QuotesSpecs.md");
        var markdown = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var examples = new List<Example>();
        foreach (Match m in ExamplePattern().Matches(markdown))
        {
            var expected = m.Groups["quotes"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            examples.Add(new Example(m.Groups["title"].Value.Trim(), m.Groups["text"].Value.TrimEnd('\n'), expected));
        }
        return examples;
    }

    [GeneratedRegex(@"^## (?<title>[^\n]+)\n+```text\n(?<text>.*?)```\n+```quotes\n(?<quotes>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ExamplePattern();
}
