using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Pipeline;
using Dossier.Quotes;
using Dossier.Reading;
using Dossier.Storage.Ingest;
using Dossier.Storage.Queries;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests.Acceptance;

/// <summary>
/// Issue 7's acceptance on the golden article: after ingesting it, the quotes of a speaker and the profile of an
/// organisation show what the analysis found. The store is checked against the layers the pipeline produced
/// (so these tests follow the quotes and entities components as they improve), and against the expected file
/// where the pipeline already finds the expected quotes.
/// </summary>
public sealed partial class GoldenStoreTests : IDisposable
{
    private static readonly string Article = Path.Combine(AppContext.BaseDirectory, "Golden", "envoy-taliban-isis.txt");
    private static readonly Lazy<(QuoteLayer Quotes, string Text)> Analysed = new(() =>
    {
        var document = new ArticleReader(ReaderOptions.Default).Read([Article]).Single().Document!;
        DefaultPipeline.Create().Process(document);
        return (document.Get<QuoteLayer>(), document.Text);
    });

    private readonly TempFolder _folder = new();
    private readonly SqliteStore _store;

    public GoldenStoreTests()
    {
        _store = SqliteStore.Open(_folder.File("golden.db"), StoreAccess.CreateOrWrite);
        var summary = new IngestRunner(_store, DefaultPipeline.Create(), new IngestOptions())
            .Run(new ArticleReader(ReaderOptions.Default).Read([Article]), new Silent());
        Assert.Equal(1, summary.Counts.Stored);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private static IEnumerable<Quote> LayerQuotesBy(string speaker) =>
        Analysed.Value.Quotes.All().Where(q => q.SpeakerName is { } name && Same(name, speaker));

    private static string ContentOf(Quote quote) =>
        string.Join(" … ", quote.Content.ToArray().Select(s => Analysed.Value.Text[s.Start..s.End]));

    [Fact]
    public void Quotes_of_a_speaker_are_the_quotes_the_pipeline_attributed_to_him()
    {
        var stored = _store.FindQuotes(new QuoteQuery { Speaker = "Thomas West", Limit = 0 });
        Assert.Equal(LayerQuotesBy("Thomas West").Select(ContentOf).Order(StringComparer.Ordinal), stored.Select(q => q.Content).Order(StringComparer.Ordinal));
        Assert.All(stored, q => Assert.Equal("Thomas West", q.Speaker));
    }

    [Fact]
    public void Every_expected_quote_of_the_speaker_that_the_pipeline_finds_is_listed()
    {
        var stored = _store.FindQuotes(new QuoteQuery { Speaker = "Thomas West", Limit = 0 }).Select(q => Normal(q.Content)).ToList();
        var expected = Expected("quotes").Where(q => q.GetProperty("speaker").GetString() == "Thomas West").Select(q => Normal(q.GetProperty("contains").GetString()!)).ToList();
        var found = LayerQuotesBy("Thomas West").Select(q => Normal(ContentOf(q))).ToList();
        foreach (var contains in expected.Where(e => found.Any(f => f.Contains(e, StringComparison.Ordinal))))
            Assert.Contains(stored, s => s.Contains(contains, StringComparison.Ordinal));
    }

    [Fact]
    public void Organisation_profile_shows_what_it_claimed_and_who_spoke_about_it()
    {
        var taliban = _store.FindActors("Taliban");
        Assert.NotEmpty(taliban);
        var profile = _store.GetActorProfile(taliban[0].Id, listLimit: 50)!;
        Assert.Equal(LayerQuotesBy("Taliban").Select(ContentOf).Order(StringComparer.Ordinal), profile.Said.Select(q => q.Content).Order(StringComparer.Ordinal));
        Assert.NotEmpty(profile.Said);
        Assert.Contains(profile.SpokenAboutBy, s => s.Name == "Thomas West");
        Assert.All(profile.SaidAbout, q => Assert.Contains(q.About, a => Same(a, "Taliban")));
    }

    private static IEnumerable<JsonElement> Expected(string list)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Article, null) + ".expected.json"));
        return [.. json.RootElement.GetProperty(list).EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>The golden README's name rule: case-insensitive, a leading "the " ignored.</summary>
    private static bool Same(string a, string b) =>
        string.Equals(Regex.Replace(a, "^the ", "", RegexOptions.IgnoreCase), Regex.Replace(b, "^the ", "", RegexOptions.IgnoreCase), StringComparison.OrdinalIgnoreCase);

    /// <summary>The golden README's text rule: every run of white space (U+00A0 included) is one space.</summary>
    private static string Normal(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class Silent : IIngestProgress
    {
        public void Report(IngestCounts counts) { }
        public void Failed(Diagnostics.DossierError problem) { }
        public void Warned(Diagnostics.DossierError problem) { }
    }
}
