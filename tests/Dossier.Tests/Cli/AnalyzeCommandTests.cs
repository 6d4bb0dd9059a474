using System.Text.Json;

namespace Dossier.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private static readonly string Golden = Path.Combine(AppContext.BaseDirectory, "Golden", "envoy-taliban-isis.txt");
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Analyze_prints_a_report_with_the_headline()
    {
        var outcome = DossierProcess.Run(null, "analyze", Golden);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Biden Envoy", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 article(s) analysed, 0 failed", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_spans_point_at_the_same_characters_in_the_source()
    {
        var outcome = DossierProcess.Run(null, "analyze", Golden, "--format", "json");
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("dossier.document/1", document.GetProperty("schema").GetString());
        string text = document.GetProperty("text").GetString()!, source = File.ReadAllText(Golden);
        foreach (var paragraph in document.GetProperty("paragraphs").EnumerateArray())
        {
            int start = paragraph.GetProperty("start").GetInt32(), end = paragraph.GetProperty("end").GetInt32();
            int sourceStart = paragraph.GetProperty("sourceStart").GetInt32(), sourceEnd = paragraph.GetProperty("sourceEnd").GetInt32();
            Assert.Equal(text[start..end], source[sourceStart..sourceEnd]);
        }
    }

    [Fact]
    public void Standard_input_is_read_when_the_path_is_a_dash()
    {
        var outcome = DossierProcess.Run("Headline\n\nBody text from a pipe.\n", "analyze", "-", "--format", "jsonl");
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("Body text from a pipe.", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void A_bad_file_is_named_on_stderr_and_the_good_one_is_still_analysed()
    {
        File.WriteAllBytes(Path.Combine(_folder, "empty.txt"), []);
        File.WriteAllText(Path.Combine(_folder, "good.txt"), "Headline\n\nSome body text.\n");
        var outcome = DossierProcess.Run(null, "analyze", _folder, "--format", "jsonl");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("empty.txt: DSR0102", outcome.Stderr, StringComparison.Ordinal);
        Assert.Single(outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exit_code_is_non_zero_when_nothing_could_be_analysed()
    {
        var outcome = DossierProcess.Run(null, "analyze", Path.Combine(_folder, "missing.txt"));
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("DSR0101", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_option_value_gives_a_one_line_error()
    {
        var outcome = DossierProcess.Run(null, "analyze", Golden, "--max-article-mb", "-1");
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("DSR0601", outcome.Stderr, StringComparison.Ordinal);
    }
}
