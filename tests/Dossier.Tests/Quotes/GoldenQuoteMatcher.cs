using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>
/// Applies the quote rules of ../shared/golden/README.md exactly: an expected quote is found when one extracted
/// quote's content contains its text, its speaker's name equals the expected one (case-insensitive, a leading
/// "the " ignored), its type is equal and its cue and the expected cue contain each other (or both are null).
/// Text matches after every run of white space (U+00A0 too) becomes one space, on both sides.
/// </summary>
public static partial class GoldenQuoteMatcher
{
    public sealed record Expected(string? Speaker, string Type, string? Cue, string Contains)
    {
        public override string ToString() => $"{Speaker ?? "(no speaker)"} [{Type}, cue {Cue ?? "none"}]: “{Contains}”";
    }

    public sealed record Outcome(List<Expected> Missing, List<string> FalsePositives, List<string> NotQuotesExtracted, int Found);

    public static Outcome Match(Document document, JsonElement expected)
    {
        var quotes = document.Get<QuoteLayer>().All().ToList();
        var required = Read(expected, "quotes");
        var optional = Read(expected, "optional_quotes");
        var missing = required.Where(e => !quotes.Exists(q => Matches(document, q, e))).ToList();
        var falsePositives = quotes.Where(q => !required.Exists(e => Matches(document, q, e)) && !optional.Exists(e => Matches(document, q, e)))
            .Select(q => Describe(document, q)).ToList();
        var notQuotes = expected.GetProperty("not_quotes").EnumerateArray().Select(n => Normalise(n.GetString()!)).ToList();
        var extractedNotQuotes = quotes.Where(q => notQuotes.Exists(n => n.Contains(ContentText(document, q), StringComparison.Ordinal)))
            .Select(q => Describe(document, q)).ToList();
        return new Outcome(missing, falsePositives, extractedNotQuotes, required.Count - missing.Count);
    }

    public static bool Matches(Document document, Quote quote, Expected e)
    {
        if (!ContentText(document, quote).Contains(Normalise(e.Contains), StringComparison.Ordinal)) return false;
        if (!string.Equals(SpeakerKey(quote.SpeakerName), SpeakerKey(e.Speaker), StringComparison.OrdinalIgnoreCase)) return false;
        if (!string.Equals(TypeName(quote.Type), e.Type, StringComparison.Ordinal)) return false;
        if (e.Cue is null || quote.Cue is null) return e.Cue is null && quote.Cue is null;
        var cue = Normalise(document.Substring(quote.Cue.Value));
        return cue.Contains(e.Cue, StringComparison.OrdinalIgnoreCase) || e.Cue.Contains(cue, StringComparison.OrdinalIgnoreCase);
    }

    public static string TypeName(QuoteType type) => type.ToString().ToLowerInvariant();

    public static string ContentText(Document document, Quote quote) =>
        Normalise(string.Join(" ", quote.Content.ToArray().Select(document.Substring)));

    public static string Describe(Document document, Quote q) =>
        $"{q.SpeakerName ?? "(no speaker)"} [{TypeName(q.Type)}, cue {(q.Cue is { } c ? document.Substring(c) : "none")}]: “{ContentText(document, q)}”";

    public static string Normalise(string s) => WhiteSpace().Replace(s, " ").Trim();

    private static string? SpeakerKey(string? name)
    {
        if (name is null) return null;
        var n = Normalise(name);
        return n.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? n[4..] : n;
    }

    private static List<Expected> Read(JsonElement root, string property) =>
        [.. root.GetProperty(property).EnumerateArray().Select(q => new Expected(
            q.GetProperty("speaker").GetString(), q.GetProperty("type").GetString()!, q.GetProperty("cue").GetString(), q.GetProperty("contains").GetString()!))];

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
