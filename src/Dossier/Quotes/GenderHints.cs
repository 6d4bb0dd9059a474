using System.Collections.Frozen;

namespace Dossier.Quotes;

/// <summary>
/// Weak evidence of grammatical gender for "he" / "she": honorifics, gendered titles and common English first names
/// (a short hand-made list; an unknown name is compatible with either pronoun).
/// </summary>
internal static class GenderHints
{
    public enum Gender : byte { Unknown, Male, Female }

    private static readonly FrozenSet<string> FemaleWords = new[]
    {
        "mrs.", "mrs", "ms.", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "sister", "mother", "spokeswoman",
        "congresswoman", "chairwoman", "businesswoman", "councilwoman", "assemblywoman", "anchorwoman", "stateswoman", "first lady",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa",
        "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa",
        "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna",
        "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
        "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina",
        "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
        "ann", "anne", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy",
        "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie",
        "isabella", "charlotte", "rose", "alexis", "kayla", "hillary", "condoleezza", "nikki", "sarah", "carly", "kellyanne",
        "hope", "huma", "chelsea", "ivanka", "melania", "michele", "nancy", "kamala", "tulsi", "amy", "kirsten", "debbie", "donna",
        "jill", "loretta", "samantha", "susana", "valerie", "katrina", "kate", "katie", "jane", "claire", "theresa", "angela",
        "marine", "ruth", "sonia", "elena", "janet", "jeanne", "mia", "ella", "zoe", "lucy", "wendy", "tina", "tammy", "stacey",
        "paula", "peggy", "robin", "monica", "erin", "meghan", "dana", "leslie", "lynn", "gwen", "irene", "jo", "liz", "maggie",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MaleWords = new[]
    {
        "mr.", "mr", "sir", "lord", "king", "prince", "brother", "father", "spokesman", "congressman", "chairman", "businessman",
        "councilman", "assemblyman", "anchorman", "statesman",
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
        "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
        "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
        "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick",
        "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter",
        "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin",
        "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert",
        "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason",
        "philip", "louis", "barack", "bernie", "bill", "jeb", "ted", "marco", "mitt", "mike", "chris", "rand", "newt", "rick",
        "ben", "tim", "tom", "jim", "bob", "dick", "hugh", "vladimir", "xi", "boris", "emmanuel", "angel", "reince", "corey",
        "steve", "rudy", "jared", "eric", "tad", "robby", "jeff", "harry", "mitch", "chuck", "lindsey", "orrin", "al", "newt",
        "ron", "pete", "beto", "cory", "joaquin", "martin", "lincoln", "ross", "rex", "sergei", "bashar", "recep", "benjamin",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The gender a name phrase (with its title) points to, from its first word and any title word.</summary>
    public static Gender Of(string? name, string? title)
    {
        var female = false;
        var male = false;
        if (title is not null)
        {
            foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                female |= FemaleWords.Contains(word);
                male |= MaleWords.Contains(word);
            }
        }
        // Only the first word of a name is a given name; "Hope Hicks" yes, "Thomas West" no for "west".
        var first = name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is not null && name!.Contains(' ', StringComparison.Ordinal))
        {
            female |= FemaleWords.Contains(first);
            male |= MaleWords.Contains(first);
        }
        return female == male ? Gender.Unknown : female ? Gender.Female : Gender.Male;
    }

    /// <summary>True when pronoun <paramref name="pronoun"/> ("he"/"she") may refer to something of gender <paramref name="gender"/>.</summary>
    public static bool Agrees(string pronoun, Gender gender) =>
        gender == Gender.Unknown || (pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? gender == Gender.Female : gender == Gender.Male);
}
