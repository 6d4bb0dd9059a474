namespace Dossier.Entities;

/// <summary>
/// Head words of titles and roles ("envoy", "minister", "spokeswoman", "fellow"): words that, after "the", point
/// back to a titled person. Used to find titles before names and offered to pronoun and nominal resolution.
/// </summary>
public static class TitleWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "adviser", "advisor", "aide", "ambassador", "analyst", "attorney", "author", "bishop", "candidate", "captain",
        "chair", "chairman", "chairwoman", "chancellor", "chief", "colonel", "commander", "commissioner", "congressman",
        "congresswoman", "correspondent", "councillor", "councilman", "councilwoman", "counsel", "delegate", "deputy",
        "diplomat", "director", "economist", "editor", "emir", "envoy", "executive", "expert", "fellow", "founder",
        "general", "governor", "head", "judge", "justice", "king", "lawmaker", "lawyer", "leader", "lieutenant", "mayor",
        "minister", "negotiator", "officer", "official", "premier", "president", "professor", "prosecutor", "queen",
        "representative", "researcher", "secretary", "senator", "sergeant", "sheriff", "speaker", "spokesman",
        "spokesperson", "spokeswoman", "strategist", "superintendent", "treasurer", "chairperson", "commentator",
        "columnist", "reporter", "ceo", "cfo", "coo", "president-elect", "vice", "mp", "legislator", "activist",
    };

    public static bool Contains(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
