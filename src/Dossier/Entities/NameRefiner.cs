using Dossier.Entities.Tagging;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Turns the tagger's CoNLL types into Dossier's: LOC becomes GPE unless it names a geographic feature or region;
/// a demonym (or its plural), religion or party label becomes NORP whatever it was tagged; a person followed by
/// "administration" or "campaign" becomes that organisation ("Biden administration").
/// </summary>
internal sealed class NameRefiner(Gazetteer gazetteer)
{
    private static readonly HashSet<string> FeatureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "river", "sea", "ocean", "lake", "mountain", "mountains", "mount", "valley", "gulf", "bay", "island", "islands", "peninsula",
        "desert", "strait", "straits", "canal", "coast", "basin", "range", "plain", "plains", "hills", "forest", "delta", "region",
        "africa", "asia", "europe", "antarctica", "oceania", "america", "americas", "east", "west", "balkans", "caucasus", "sahel",
        "sahara", "arctic", "mediterranean", "scandinavia", "subcontinent", "pacific", "atlantic", "highway", "street", "avenue", "square",
    };

    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "democrat", "democrats", "democratic", "republican", "republicans", "muslim", "muslims", "christian", "christians", "jew", "jews", "jewish",
        "sunni", "sunnis", "shiite", "shiites", "shia", "catholic", "catholics", "protestant", "protestants", "hindu", "hindus",
        "buddhist", "buddhists", "sikh", "sikhs", "islamist", "islamists", "jihadist", "jihadists", "conservative", "conservatives",
        "liberal", "liberals", "socialist", "socialists", "communist", "communists", "pashtun", "pashtuns", "kurd", "kurds", "kurdish",
        "arab", "arabs", "alawite", "alawites", "druze", "yazidi", "yazidis", "assyrian", "assyrians", "christianity", "judaism",
        "islam", "hinduism", "buddhism", "sikhism", "evangelical", "evangelicals", "mormon", "mormons", "orthodox",
    };

    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase) { "administration", "campaign" };

    /// <summary>The refined type of a name over tokens [start, end).</summary>
    public EntityType Refine(int conllType, TokenLayer tokens, TokenRange range)
    {
        if (IsGroupLabel(tokens, range)) return EntityType.Norp;
        if (conllType != 0 && range.Length > 1 && IsKnownPerson(tokens, range)) return EntityType.Person;
        return conllType switch
        {
            0 => EndsInInstitutionNoun(tokens, range) ? EntityType.Org : EntityType.Person,
            1 => EntityType.Org,
            2 when EndsInInstitutionNoun(tokens, range) && !tokens.TextAt(range.End - 1).StartsWith("Cent") => EntityType.Org, // not "Rockefeller Center"
            2 => IsGeographicFeature(tokens, range) ? EntityType.Loc : EntityType.Gpe,
            _ => EntityType.Misc,
        };
    }

    /// <summary>
    /// Head nouns that end institutions' names and, unlike "Court", "Bank" or "Union", are almost never surnames: a
    /// "person" tagged "John Birch Society" or "Heritage Foundation" is an organisation named after one. These are the
    /// <see cref="OrganisationHeadNouns"/> without the surname-like ones, plus "Trust", capitalised as names write them.
    /// </summary>
    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.Ordinal)
    {
        "Foundation", "Institute", "Institution", "Council", "Center", "Centre", "Committee", "Association", "Federation", "Bureau",
        "Department", "Ministry", "Agency", "Society", "Party", "Organization", "Organisation", "University", "Commission", "Coalition",
        "Alliance", "Movement", "Corporation", "Company", "Academy", "College", "Authority", "Conference", "Fund", "Forces", "Trust",
    };

    private static bool EndsInInstitutionNoun(TokenLayer tokens, TokenRange range) =>
        range.Length > 1 && InstitutionNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.TextAt(range.End - 1));

    /// <summary>True when the token after a person's name makes the name an organisation ("Biden administration").</summary>
    public static bool ExtendsToOrganisation(TokenLayer tokens, int next) =>
        next < tokens.Count && OrganisationHeads.Contains(tokens.TextAt(next).ToString());

    /// <summary>Head nouns of organisation names that the tagger tends to leave off at a sentence start ("Foundation for …").</summary>
    private static readonly HashSet<string> OrganisationHeadNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "foundation", "institute", "institution", "council", "center", "centre", "committee", "association", "federation", "bureau",
        "department", "ministry", "office", "agency", "union", "league", "society", "party", "organization", "organisation",
        "university", "school", "fund", "bank", "commission", "court", "board", "coalition", "alliance", "network", "movement",
        "front", "army", "forces", "corporation", "company", "academy", "college", "service", "authority", "conference", "congress",
    };

    public static bool IsOrganisationHeadNoun(ReadOnlySpan<char> word) => OrganisationHeadNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>"[Foundation for] Defense of Democracies": takes in a capitalised head noun and "for"/"of" before an organisation.</summary>
    public static TokenRange ExtendOrganisationHead(TokenLayer tokens, TokenRange range, SentenceLayer sentences)
    {
        int sentenceStart = sentences.TokensAt(sentences.IndexOfToken(range.Start)).Start;
        int connector = range.Start - 1, head = range.Start - 2;
        if (head < sentenceStart) return range;
        var c = tokens.TextAt(connector);
        if (!(c is "for" or "of" or "on")) return range;
        var h = tokens.TextAt(head);
        if (!char.IsUpper(h[0]) || !OrganisationHeadNouns.Contains(h.ToString())) return range;
        return new TokenRange(head, range.End);
    }

    /// <summary>
    /// News outlets the tagger left untagged ("Foreign Policy pointed out…"): capitalised runs of two or more words
    /// listed as newspapers or news media in the gazetteer, outside every tagged name.
    /// </summary>
    public IEnumerable<TokenRange> MediaNames(TokenLayer tokens, SentenceLayer sentences, IReadOnlyList<Actors.MentionDraft> names)
    {
        var taken = new bool[tokens.Count];
        foreach (var n in names) for (int t = n.Tokens.Start; t < n.Tokens.End; t++) taken[t] = true;
        Span<ulong> hashes = stackalloc ulong[Gazetteer.MaxPhraseTokens];
        var found = new List<TokenRange>();
        if (gazetteer.Count == 0) return found;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences.TokensAt(s);
            for (int start = sentence.Start; start < sentence.End; start++)
            {
                if (taken[start] || !char.IsUpper(tokens.TextAt(start)[0])) continue;
                int end = start;
                while (end < sentence.End && end - start < Gazetteer.MaxPhraseTokens && !taken[end] && char.IsUpper(tokens.TextAt(end)[0]) && tokens.KindAt(end) == TokenKind.Word) end++;
                for (int t = start; t < end; t++) hashes[t - start] = FeatureHash.Word(tokens.TextAt(t), FeatureHash.Casing.Lower);
                for (int e = end; e >= start + 2; e--)
                {
                    if (!Gazetteer.Has(gazetteer.CategoriesOf(hashes[..(e - start)]), GazetteerCategory.Newspaper)) continue;
                    found.Add(new TokenRange(start, e));
                    start = e - 1;
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>A multi-word name listed as a person (PETRARCH2 leaders) and not as a place or organisation: "Bashar al-Assad".</summary>
    private bool IsKnownPerson(TokenLayer tokens, TokenRange range)
    {
        if (range.Length > Gazetteer.MaxPhraseTokens) return false;
        Span<ulong> hashes = stackalloc ulong[Gazetteer.MaxPhraseTokens];
        for (int t = range.Start; t < range.End; t++) hashes[t - range.Start] = FeatureHash.Word(tokens.TextAt(t), FeatureHash.Casing.Lower);
        uint c = gazetteer.CategoriesOf(hashes[..range.Length]);
        return Gazetteer.Has(c, GazetteerCategory.KnownPerson) && !IsPlaceOrOrganisation(c & ~(1u << (int)GazetteerCategory.KnownOrganization));
    }

    private static bool IsPlaceOrOrganisation(uint c)
    {
        foreach (var category in new[] { GazetteerCategory.Country, GazetteerCategory.City, GazetteerCategory.Capital, GazetteerCategory.KnownPlace, GazetteerCategory.KnownOrganization, GazetteerCategory.ArmedGroup, GazetteerCategory.Company, GazetteerCategory.Agency, GazetteerCategory.Newspaper })
        {
            if (Gazetteer.Has(c, category)) return true;
        }
        return false;
    }

    private bool IsReligion(string key)
    {
        Span<ulong> hashes = stackalloc ulong[Gazetteer.MaxPhraseTokens];
        int n = PhraseTokens.Hash(key, hashes);
        return n == 1 && Gazetteer.Has(gazetteer.CategoriesOf(hashes[..n]), GazetteerCategory.Religion);
    }

    /// <summary>Arabic and other name particles that continue a name: "Mohammed Shia al-Sudani", "Hayat Tahrir al-Sham".</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> word) =>
        (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal) || word.StartsWith("Al-", StringComparison.Ordinal))
        && word.Length > 4 && char.IsUpper(word[3]);

    public bool IsDemonym(string key)
    {
        Span<ulong> hashes = stackalloc ulong[Gazetteer.MaxPhraseTokens];
        int n = PhraseTokens.Hash(key, hashes);
        return n > 0 && Gazetteer.Has(gazetteer.CategoriesOf(hashes[..n]), GazetteerCategory.Demonym);
    }

    /// <summary>A place, company or organisation in the gazetteer and not a person's name: "Washington" alone is not "Mr. Washington".</summary>
    public bool IsKnownNonPerson(ReadOnlySpan<char> name)
    {
        Span<ulong> hashes = stackalloc ulong[Gazetteer.MaxPhraseTokens];
        int n = PhraseTokens.Hash(name, hashes);
        if (n == 0) return false;
        uint c = gazetteer.CategoriesOf(hashes[..n]);
        if (Gazetteer.Has(c, GazetteerCategory.KnownPerson)) return false;
        foreach (var place in new[] { GazetteerCategory.Country, GazetteerCategory.Capital, GazetteerCategory.KnownPlace, GazetteerCategory.KnownOrganization, GazetteerCategory.ArmedGroup, GazetteerCategory.Company, GazetteerCategory.Agency, GazetteerCategory.Newspaper, GazetteerCategory.Demonym })
        {
            if (Gazetteer.Has(c, place)) return true;
        }
        return false;
    }

    /// <summary>A nationality or group adjective that can open an organisation's name: "Syrian", "Kurdish", "Republican" (not "Syrians").</summary>
    public bool IsGroupAdjective(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[^1] == 's' || !char.IsUpper(word[0])) return false;
        return GroupWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsDemonym(NameKey.Of(word));
    }

    private bool IsGroupLabel(TokenLayer tokens, TokenRange range)
    {
        if (range.Length != 1) return false;
        var word = tokens.TextAt(range.Start);
        if (GroupWords.Contains(word.ToString())) return true;
        string key = NameKey.Of(word);
        return IsDemonym(key) || (key.Length > 3 && key[^1] == 's' && IsDemonym(key[..^1])) || IsReligion(key);
    }

    /// <summary>Continents and regions named by one word; other feature words count only inside longer names ("Middle East", not "West").</summary>
    private static readonly HashSet<string> SingleWordRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        "africa", "asia", "europe", "antarctica", "oceania", "americas", "balkans", "caucasus", "sahel", "sahara", "arctic", "mediterranean", "scandinavia",
    };

    private static bool IsGeographicFeature(TokenLayer tokens, TokenRange range)
    {
        if (range.Length == 1) return SingleWordRegions.Contains(tokens.TextAt(range.Start).ToString());
        for (int t = range.Start; t < range.End; t++)
        {
            if (FeatureWords.Contains(tokens.TextAt(t).ToString())) return true;
        }
        return false;
    }
}
