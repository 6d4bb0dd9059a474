using System.Text.Json;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Reading;

namespace Dossier.Tests.Quotes;

/// <summary>
/// The golden article's quotations (acceptance of issue 3): all expected quotes with the right speaker, type and cue,
/// none of the not_quotes, no false positives — by the matching rules of ../shared/golden/README.md.
/// </summary>
public class GoldenArticleTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Golden");
    private static readonly DossierPipeline Pipeline = DefaultPipeline.Create();

    private static (Document Document, JsonElement Expected) Analyse(string folder)
    {
        var result = new ArticleReader(ReaderOptions.Default).Read([Path.Combine(folder, "envoy-taliban-isis.txt")]).Single();
        Assert.Null(result.Error);
        var document = Pipeline.Process(result.Document!);
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "envoy-taliban-isis.expected.json"))).RootElement;
        return (document, expected);
    }

    [Fact]
    public void Every_expected_quote_is_found_with_its_speaker_type_and_cue()
    {
        var (document, expected) = Analyse(Folder);
        var outcome = GoldenQuoteMatcher.Match(document, expected);
        Assert.True(outcome.Missing.Count == 0, "missing quotes:\n" + string.Join("\n", outcome.Missing));
    }

    [Fact]
    public void No_quote_is_extracted_that_the_analyst_did_not_list()
    {
        var (document, expected) = Analyse(Folder);
        var outcome = GoldenQuoteMatcher.Match(document, expected);
        Assert.True(outcome.FalsePositives.Count == 0, "false positives:\n" + string.Join("\n", outcome.FalsePositives));
    }

    [Fact]
    public void Scare_quotes_and_quoted_names_are_not_quotations()
    {
        var (document, expected) = Analyse(Folder);
        var outcome = GoldenQuoteMatcher.Match(document, expected);
        Assert.True(outcome.NotQuotesExtracted.Count == 0, "not_quotes extracted:\n" + string.Join("\n", outcome.NotQuotesExtracted));
    }

    [SharedDataFact]
    public void The_shared_golden_copy_gives_the_same_result()
    {
        var shared = Path.GetFullPath(Path.Combine(SharedData.Root!, "..", "golden"));
        var (document, expected) = Analyse(shared);
        var outcome = GoldenQuoteMatcher.Match(document, expected);
        Assert.True(outcome.Missing.Count == 0 && outcome.FalsePositives.Count == 0,
            $"found {outcome.Found}; missing:\n{string.Join("\n", outcome.Missing)}\nfalse positives:\n{string.Join("\n", outcome.FalsePositives)}");
    }
}
