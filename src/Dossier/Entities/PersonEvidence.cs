using Dossier.Entities.Actors;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Corrects names the tagger typed as places or organisations when the article itself says they are people. The
/// tagger learned from Reuters 1996: surnames of later politicians ("Obama", also a Japanese city) come out as places.
/// (1) A name right after a person's title ("President Obama", "Sen. Warren") is a person. (2) One sense per article:
/// the same name elsewhere in the article is that person too. Only the title is trusted as a source for (2): spreading
/// the tagger's own PERSON guesses spread its errors as well ("Gulf", "Latin America" on 500 dev articles). Names the
/// gazetteer knows as countries, capitals, places or organisations (and not as people), and names ending in an
/// organisation's head noun ("Justice Department"), are left alone.
/// </summary>
internal static class PersonEvidence
{
    /// <summary>Abbreviated titles that stand right before a surname.</summary>
    private static readonly HashSet<string> AbbreviatedTitles = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Col.", "Capt.", "Sgt.", "Adm.", "Prof.", "Amb.",
        "Sec.", "Supt.", "Mr", "Mrs", "Ms", "Dr",
    };

    /// <summary>
    /// Titles written right before a surname. Narrower than <see cref="TitleWords"/>: "Fellow", "Head" or "General"
    /// also open other names ("Fellow Gulf producers", "General Motors").
    /// </summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Senator", "Governor", "Secretary", "Minister", "Speaker", "Leader", "Chairman", "Chairwoman", "Ambassador",
        "Judge", "Justice", "Mayor", "King", "Queen", "Prince", "Princess", "Sheikh", "Colonel", "Captain", "Lieutenant",
        "Sergeant", "Admiral", "Commissioner", "Director", "Representative", "Congressman", "Congresswoman", "Councilman",
        "Councilwoman", "Chancellor", "Premier", "Prosecutor", "Sheriff", "Professor", "President-elect", "Emir", "Bishop",
        "Pope", "Cardinal", "Pastor", "Rabbi", "Imam", "Ayatollah", "Envoy", "Spokesman", "Spokeswoman",
    };

    public static void Apply(List<MentionDraft> names, TokenLayer tokens, Func<MentionDraft, bool> isKnownNonPerson)
    {
        var personKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in names)
        {
            if (!AfterPersonTitle(tokens, d.Tokens.Start) || !(d.Type == EntityType.Person || IsCorrectable(d, tokens, isKnownNonPerson))) continue;
            d.Type = EntityType.Person;
            personKeys.Add(d.Key);
        }
        if (personKeys.Count == 0) return;
        foreach (var d in names)
        {
            if (d.Type != EntityType.Person && personKeys.Contains(d.Key) && IsCorrectable(d, tokens, isKnownNonPerson)) d.Type = EntityType.Person;
        }
    }

    /// <summary>Places, organisations and other names that could be a person's; never groups (NORP) or quoted words.</summary>
    private static bool IsCorrectable(MentionDraft d, TokenLayer tokens, Func<MentionDraft, bool> isKnownNonPerson) =>
        !d.Quoted && d.Type is EntityType.Gpe or EntityType.Loc or EntityType.Org or EntityType.Misc
        && !NameRefiner.IsOrganisationHeadNoun(tokens.TextAt(d.Tokens.End - 1)) && !isKnownNonPerson(d);

    /// <summary>A capitalised title right before the name, with nothing between: "President Obama", not "the president, Obama".</summary>
    private static bool AfterPersonTitle(TokenLayer tokens, int first)
    {
        if (first == 0 || tokens.StartAt(first) - tokens.EndAt(first - 1) > 1) return false;
        var before = tokens.TextAt(first - 1);
        return AbbreviatedTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) || Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before);
    }
}
