using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// The canonical actors of one article: each with a canonical name, a type, the aliases the article uses for it,
/// the indices of its mentions in the <see cref="MentionLayer"/>, titles and affiliations (flat arrays, one
/// slice per actor). Different people who share a surname are different actors. Pronouns are not linked here.
/// </summary>
public sealed class ActorLayer
{
    private readonly string _text;
    private readonly string[] _names;
    private readonly EntityType[] _types;
    private readonly Gender[] _genders;
    private readonly Slices<int> _mentions;
    private readonly Slices<string> _aliases;
    private readonly Slices<ActorTitle> _titles;
    private readonly Slices<ActorAffiliation> _affiliations;

    internal ActorLayer(string text, string[] names, EntityType[] types, Gender[] genders,
        Slices<int> mentions, Slices<string> aliases, Slices<ActorTitle> titles, Slices<ActorAffiliation> affiliations)
    {
        _text = text;
        _names = names;
        _types = types;
        _genders = genders;
        _mentions = mentions;
        _aliases = aliases;
        _titles = titles;
        _affiliations = affiliations;
    }

    public int Count => _names.Length;
    public Actor this[int index] => new(this, index);

    /// <summary>The fullest name the article uses ("Thomas West", "United States", "Islamic State").</summary>
    public string NameAt(int index) => _names[index];
    public EntityType TypeAt(int index) => _types[index];
    public Gender GenderAt(int index) => _genders[index];

    /// <summary>Indices into the <see cref="MentionLayer"/>, in text order.</summary>
    public ReadOnlySpan<int> MentionsOf(int index) => _mentions[index];

    /// <summary>Other names the article uses for the actor ("West", "U.S.", "America", "ISIS"), distinct, in order of first use.</summary>
    public ReadOnlySpan<string> AliasesOf(int index) => _aliases[index];
    public ReadOnlySpan<ActorTitle> TitlesOf(int index) => _titles[index];
    public ReadOnlySpan<ActorAffiliation> AffiliationsOf(int index) => _affiliations[index];

    public ReadOnlySpan<char> TextOf(TextSpan span) => _text.AsSpan(span.Start, span.Length);

    /// <summary>
    /// The actor called <paramref name="name"/> (canonical name or alias; case, runs of white space and a
    /// leading "the" ignored), or -1.
    /// </summary>
    public int Find(string name)
    {
        string key = NameKey.Of(name);
        for (int i = 0; i < Count; i++)
        {
            if (NameKey.Of(_names[i]).Equals(key, StringComparison.Ordinal)) return i;
        }
        for (int i = 0; i < Count; i++)
        {
            foreach (var alias in _aliases[i])
            {
                if (NameKey.Of(alias).Equals(key, StringComparison.Ordinal)) return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The person nearest before <paramref name="offset"/> (by last mention) whose title's role contains the word
    /// <paramref name="word"/> ("envoy", "minister", "spokeswoman"); -1 when none does. For resolving nominals.
    /// </summary>
    public int PersonWithTitleWord(ReadOnlySpan<char> word, int offset)
    {
        int best = -1, bestEnd = -1;
        for (int i = 0; i < Count; i++)
        {
            if (_types[i] != EntityType.Person) continue;
            foreach (var title in _titles[i])
            {
                if (title.Span.Start >= offset || !ContainsWord(TextOf(title.Span), word)) continue;
                if (title.Span.Start > bestEnd)
                {
                    best = i;
                    bestEnd = title.Span.Start;
                }
            }
        }
        return best;
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        int at = 0;
        while (at <= text.Length - word.Length)
        {
            int i = text[at..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            int start = at + i, end = start + word.Length;
            bool left = start == 0 || !char.IsLetter(text[start - 1]);
            bool right = end == text.Length || !char.IsLetter(text[end]);
            if (left && right) return true;
            at = start + 1;
        }
        return false;
    }

    public IEnumerable<Actor> All()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    public static ActorLayer Empty(string text) =>
        new(text, [], [], [], Slices<int>.Empty, Slices<string>.Empty, Slices<ActorTitle>.Empty, Slices<ActorAffiliation>.Empty);
}
