using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Reading;

namespace Dossier.Tests.Reading;

/// <summary>The golden article's headline, body bounds and boilerplate, by the rules of ../shared/golden/README.md.</summary>
public partial class GoldenArticleReaderTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Golden");
    private static readonly string ArticlePath = Path.Combine(Folder, "envoy-taliban-isis.txt");
    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "envoy-taliban-isis.expected.json"))).RootElement;

    private static Dossier.Model.Document Read()
    {
        var result = new ArticleReader(ReaderOptions.Default).Read([ArticlePath]).Single();
        Assert.Null(result.Error);
        return result.Document!;
    }

    // Every run of Unicode white space (U+00A0 included) becomes one ASCII space, on both sides.
    private static string Normalise(string s) => WhiteSpace().Replace(s, " ").Trim();

    [Fact]
    public void Headline_is_the_first_line()
    {
        Assert.Equal(Normalise(Expected.GetProperty("headline").GetString()!), Normalise(Read().Metadata.Title!));
    }

    [Fact]
    public void Body_starts_and_ends_where_the_analyst_says()
    {
        var body = Normalise(Read().Text);
        Assert.StartsWith(Normalise(Expected.GetProperty("body_starts_with").GetString()!), body, StringComparison.Ordinal);
        Assert.EndsWith(Normalise(Expected.GetProperty("body_ends_with").GetString()!), body, StringComparison.Ordinal);
    }

    [Fact]
    public void No_boilerplate_line_is_in_the_body()
    {
        var body = Normalise(Read().Text);
        foreach (var line in Expected.GetProperty("boilerplate").EnumerateArray())
            Assert.DoesNotContain(Normalise(line.GetString()!), body, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_paragraph_maps_back_to_the_same_characters_in_the_source()
    {
        var document = Read();
        var source = File.ReadAllText(ArticlePath);
        foreach (var paragraph in document.Paragraphs.All())
        {
            var back = document.SourceMap.ToSource(paragraph.Span);
            Assert.Equal(document.Substring(paragraph.Span), source.Substring(back.Start, back.Length));
        }
    }

    [Fact]
    public void The_non_breaking_space_is_kept_in_the_text()
    {
        Assert.Contains('\u00A0', Read().Text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
