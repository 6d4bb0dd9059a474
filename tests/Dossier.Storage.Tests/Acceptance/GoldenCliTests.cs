using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Storage.Tests.Ingest;

namespace Dossier.Storage.Tests.Acceptance;

/// <summary>
/// Issue 7's acceptance, word for word, on the real CLI: after `dossier ingest` of the golden article,
/// `dossier quotes --speaker "Thomas West"` lists his 11 quotes (13 with the optional ones), and
/// `dossier actor "Taliban"` shows what it claimed and who spoke about it.
/// </summary>
public sealed partial class GoldenCliTests(GoldenCliTests.Store store) : IClassFixture<GoldenCliTests.Store>
{
    private const int RequiredWestQuotes = 11, WithOptionalWestQuotes = 13;
    private static readonly string Article = Path.Combine(AppContext.BaseDirectory, "Golden", "envoy-taliban-isis.txt");

    /// <summary>The golden article, ingested once by the real CLI for the whole class (the models load once).</summary>
    public sealed class Store : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Store()
        {
            Database = _folder.File("golden.db");
            var (exit, _, stderr) = CliProcess.Run("ingest", Article, "--db", Database, "--no-progress");
            if (exit != 0) throw new InvalidOperationException("ingest failed: " + stderr);
        }

        public string Database { get; }

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void Quotes_of_Thomas_West_are_his_eleven_with_at_most_the_two_optional_ones()
    {
        var listed = JsonLines(Run("quotes", "--speaker", "Thomas West", "--limit", "0", "--format", "jsonl"));
        Assert.All(listed, q => Assert.Equal("Thomas West", q.GetProperty("speaker").GetString()));
        Assert.InRange(listed.Count, RequiredWestQuotes, WithOptionalWestQuotes);

        var required = Expected("quotes").Where(e => e.GetProperty("speaker").GetString() == "Thomas West").ToList();
        Assert.Equal(RequiredWestQuotes, required.Count);
        foreach (var expected in required)
        {
            string contains = Normal(expected.GetProperty("contains").GetString()!), type = expected.GetProperty("type").GetString()!;
            Assert.True(
                listed.Any(q => Normal(q.GetProperty("content").GetString()!).Contains(contains, StringComparison.Ordinal) && q.GetProperty("type").GetString() == type),
                $"not listed: {type} \"{contains}\"");
        }
    }

    [Fact]
    public void Actor_Taliban_shows_what_it_claimed_and_who_spoke_about_it()
    {
        using var json = JsonDocument.Parse(Run("actor", "Taliban", "--limit", "50", "--format", "json"));
        var profile = json.RootElement.GetProperty("profile");
        var said = profile.GetProperty("said").EnumerateArray().Select(q => Normal(q.GetProperty("content").GetString()!)).ToList();
        foreach (var claim in Expected("quotes").Where(e => e.GetProperty("speaker").GetString() == "Taliban"))
        {
            string contains = Normal(claim.GetProperty("contains").GetString()!);
            Assert.True(said.Any(s => s.Contains(contains, StringComparison.Ordinal)), $"claim not shown: \"{contains}\"");
        }
        var speakers = profile.GetProperty("spokenAboutBy").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("Thomas West", speakers);
    }

    private string Run(params string[] args)
    {
        var (exit, stdout, stderr) = CliProcess.Run([.. args, "--db", store.Database]);
        Assert.True(exit == 0, stderr);
        return stdout;
    }

    private static List<JsonElement> JsonLines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => { using var d = JsonDocument.Parse(line); return d.RootElement.Clone(); })];

    private static List<JsonElement> Expected(string list)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Article, null) + ".expected.json"));
        return [.. json.RootElement.GetProperty(list).EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>The golden README's text rule: every run of white space (U+00A0 included) is one space.</summary>
    private static string Normal(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
