using Dossier.Storage.Records;

namespace Dossier.Storage.Actors;

/// <summary>
/// The merge rules for actors across articles, as keys: two actors of different articles are the same actor when
/// they share a key. A key is a normalised name. People merge only on a full name (two or more words): a person
/// known by one word ("West", "Mr. Johnson") gets no key and is never merged, because different people share
/// surnames. Organisations, places and groups merge on their name or any alias the article linked to them
/// (an acronym and its expansion, "U.S." and "United States"). Speakers whose type is unknown follow the
/// stricter, person rule.
/// </summary>
public static class MergeKeys
{
    // Shorter keys are too ambiguous to merge on ("A", "EU" is fine at two).
    private const int MinimumKeyLength = 2;
    // A person's full name has at least a given name and a surname.
    private const int MinimumPersonWords = 2;

    public const string SameName = "same-name";
    public const string SameAlias = "alias";
    public const string New = "new";
    public const string NewPartial = "new-partial";

    /// <summary>True for types merged by the person rule.</summary>
    public static bool IsPersonLike(string type) =>
        type is ActorFact.PersonType or ActorFact.UnknownType;

    /// <summary>The key of the actor's canonical name, or null when the name may not be merged on.</summary>
    public static string? NameKey(ActorFact actor)
    {
        bool person = IsPersonLike(actor.Type);
        return Key(ActorNames.Normalise(actor.Name, person), person);
    }

    /// <summary>Keys of the aliases (excluding the canonical name's key), in the article's order.</summary>
    public static IEnumerable<string> AliasKeys(ActorFact actor) => Of(actor).Aliases;

    /// <summary>The normalised name to display and search by (kept even when it is not a merge key).</summary>
    public static string Normalised(ActorFact actor) => ActorNames.Normalise(actor.Name, IsPersonLike(actor.Type));

    /// <summary>
    /// The actor's normalised name, its key and its aliases' keys, each name normalised once (the writer needs all
    /// three for every actor of every article).
    /// </summary>
    public static ActorKeys Of(ActorFact actor)
    {
        bool person = IsPersonLike(actor.Type);
        string normalised = ActorNames.Normalise(actor.Name, person);
        string? nameKey = Key(normalised, person);
        var aliases = new List<string>(actor.Aliases.Count);
        foreach (var alias in actor.Aliases)
        {
            var key = Key(ActorNames.Normalise(alias, person), person);
            if (key is not null && key != nameKey && !aliases.Contains(key)) aliases.Add(key);
        }
        return new ActorKeys(normalised, nameKey, aliases);
    }

    private static string? Key(string normalised, bool person)
    {
        if (normalised.Length < MinimumKeyLength || normalised.All(char.IsDigit)) return null;
        if (person && ActorNames.WordCount(normalised) < MinimumPersonWords) return null;
        return normalised;
    }
}

/// <summary>An actor's names as <see cref="MergeKeys"/> sees them.</summary>
/// <param name="Normalised">The canonical name normalised (see <see cref="MergeKeys.Normalised"/>).</param>
/// <param name="Name">The canonical name's key, or null when it may not be merged on.</param>
/// <param name="Aliases">The aliases' keys other than the name's, without repeats, in the article's order.</param>
public sealed record ActorKeys(string Normalised, string? Name, IReadOnlyList<string> Aliases);
