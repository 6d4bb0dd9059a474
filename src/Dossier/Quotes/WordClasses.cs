using System.Collections.Frozen;

namespace Dossier.Quotes;

/// <summary>
/// Closed word classes the extractor needs when no syntax layer is present: pronouns, auxiliaries, adverbs
/// that sit between a subject and its verb, words that end a subject phrase, and person titles.
/// </summary>
internal static class WordClasses
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> SingularPersonPronouns = Set("he", "she");
    public static readonly FrozenSet<string> PluralPronouns = Set("they");
    public static readonly FrozenSet<string> ThingPronouns = Set("it");
    public static readonly FrozenSet<string> FirstSecondPronouns = Set("i", "we", "you");
    public static readonly FrozenSet<string> RelativePronouns = Set("who", "which", "that");

    /// <summary>Auxiliaries and negation that may stand between a subject and its reporting verb.</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "has", "have", "had", "will", "would", "did", "does", "do", "could", "can", "may", "might", "should", "must",
        "shall", "not", "n't", "’ll", "'ll", "’d", "'d", "’ve", "'ve", "also", "never", "ever", "already");

    /// <summary>Forms of "be": a reporting participle after one is passive ("was told"), not spoken by the subject.</summary>
    public static readonly FrozenSet<string> BeForms = Set("is", "was", "were", "are", "be", "been", "being", "’s", "'s", "am", "’re", "'re", "get", "got", "gets");

    /// <summary>Adverbs and time words that sit between subject and verb ("West on Monday hoped", "bizarrely claimed").</summary>
    public static readonly FrozenSet<string> Adverbs = Set(
        "also", "then", "later", "again", "still", "previously", "recently", "repeatedly", "once", "now", "often", "never",
        "ever", "just", "already", "further", "too", "even", "reportedly", "allegedly", "publicly", "privately", "officially",
        "quickly", "since", "first", "initially", "finally", "last", "week", "month", "year", "night", "yesterday", "today",
        "tonight", "earlier", "recently", "this", "morning", "afternoon", "evening", "weekend", "on", "in", "at", "late",
        "early", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept.", "sept", "oct.",
        "nov.", "dec.", "jan.", "feb.", "aug.", "only", "simply", "actually", "immediately", "long", "has", "had", "have");

    /// <summary>The days of the week ("Trump on Tuesday": when, not who).</summary>
    public static readonly FrozenSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Words at which a subject phrase (scanning leftwards from its verb) cannot continue.</summary>
    public static readonly FrozenSet<string> SubjectStoppers = Set(
        "and", "but", "or", "nor", "because", "while", "when", "whereas", "although", "though", "if", "unless", "since",
        "as", "after", "before", "so", "that", "which", "where", "whether", "than", "until", "once", "whom", "whose",
        "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "to", "by", "with", "about", "into", "from", "against", "over",
        "under", "between", "during", "without", "through", "like", "not");

    /// <summary>Prepositions allowed inside a name or title ("Special Representative to Afghanistan", "Foundation for …").</summary>
    public static readonly FrozenSet<string> NameInnerWords = Set("of", "for", "to", "on", "and", "&", "de", "al", "bin", "von", "van", "the", "at");

    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
        "many", "most", "several", "other", "another", "each", "every", "both", "all", "no", "few", "any");

    /// <summary>Person titles: a name follows them and a nominal ("the envoy") may stand for a titled person.</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "president", "representative", "rep.", "rep", "senator", "sen.", "sen", "secretary", "minister", "ambassador", "envoy",
        "spokesman", "spokeswoman", "spokesperson", "governor", "gov.", "gov", "mayor", "director", "chairman", "chairwoman",
        "chair", "chief", "general", "gen.", "admiral", "adm.", "colonel", "col.", "captain", "capt.", "lt.", "sgt.",
        "judge", "justice", "commissioner", "leader", "speaker", "fellow", "analyst", "expert", "professor", "prof.",
        "dr.", "mr.", "mrs.", "ms.", "miss", "sir", "lord", "lady", "king", "queen", "prince", "princess", "pope",
        "official", "officer", "adviser", "advisor", "aide", "strategist", "candidate", "nominee", "lawmaker",
        "congressman", "congresswoman", "attorney", "lawyer", "prosecutor", "economist", "researcher", "scholar", "author",
        "commander", "diplomat", "deputy", "assistant", "vice", "prime", "special", "senior", "former", "executive",
        "founder", "co-founder", "ceo", "cfo", "coo", "manager", "editor", "reporter", "correspondent", "columnist",
        "host", "anchor", "pollster", "consultant", "activist", "organizer", "chancellor", "premier", "emir", "sheikh",
        "cardinal", "bishop", "rabbi", "imam", "reverend", "rev.", "pastor", "father", "doctor", "nurse", "coach",
        "owner", "partner", "president-elect", "head", "undersecretary", "superintendent", "sheriff", "inspector",
        "counsel", "solicitor", "magistrate", "marshal", "delegate", "councilman", "councilwoman", "councillor", "whip");

    /// <summary>Head words that make a capitalised phrase an organisation or place rather than a person.</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Set(
        "times", "post", "journal", "news", "network", "administration", "department", "ministry", "party",
        "committee", "council", "court", "congress", "senate", "house", "office", "agency", "bureau", "government",
        "campaign", "foundation", "institute", "university", "college", "association", "union", "group", "organization",
        "organisation", "corporation", "company", "inc.", "corp.", "ltd.", "llc", "bank", "fund", "commission", "board",
        "service", "services", "forces", "army", "navy", "police", "reuters", "press", "tribune", "herald", "magazine",
        "review", "monitor", "center", "centre", "council", "alliance", "coalition", "movement", "republicans",
        "democrats", "state", "states", "nations", "kingdom", "republic", "cnn", "fbi", "cia", "nato", "un", "eu", "gop",
        "pentagon", "kremlin", "whitehouse", "daily", "weekly", "telegraph", "guardian", "independent", "gazette", "channel",
        "radio", "tv", "television", "broadcasting", "media", "report", "poll", "survey", "study");

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Set membership for a token's characters without allocating a string.</summary>
    public static bool Has(this FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
