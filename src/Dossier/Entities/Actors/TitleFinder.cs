using Dossier.Model;

namespace Dossier.Entities.Actors;

/// <summary>
/// Titles and roles written next to a person's name, and the organisation they are held at:
/// (1) before the name: "U.S. Special Representative to Afghanistan Thomas West", "Foundation for Defense of
/// Democracies senior fellow Thomas Joscelyn"; (2) an apposition before it: "The Taliban’s interior minister,
/// Sirajuddin Haqqani"; (3) an apposition after it: "Hugh Hill, a senior fellow at the Brookings Institution,".
/// A title needs a title word (<see cref="TitleWords"/>); its leading organisation (or one after "at", "of"…) is
/// the affiliation.
/// </summary>
internal sealed class TitleFinder(TokenLayer tokens, SentenceLayer sentences, IReadOnlyList<MentionDraft> names)
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "junior", "deputy", "former", "acting", "interim", "chief", "assistant", "associate", "executive", "special",
        "top", "vice", "interior", "foreign", "defense", "defence", "finance", "prime", "general", "national", "security",
        "press", "state", "principal", "lead", "managing", "founding", "longtime", "current", "incoming", "outgoing", "retired",
        "high", "supreme", "military", "political", "economic", "health", "justice", "trade", "energy", "education",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "to", "for", "and", "on" };
    /// <summary>Prepositions that name the employer after a role ("a senior fellow at the Cato Institute"); "for" and "to" complete the role instead ("envoy for Syria").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "at", "of", "with", "from" };

    private static readonly HashSet<string> RoleComplements = new(StringComparer.OrdinalIgnoreCase) { "for", "to", "on" };

    public readonly record struct Found(int Person, ActorTitle Title);

    public IEnumerable<Found> Find()
    {
        for (int m = 0; m < names.Count; m++)
        {
            var person = names[m];
            if (person.Type != EntityType.Person || person.Actor < 0) continue;
            var sentence = sentences.TokensAt(sentences.IndexOfToken(person.Tokens.Start));
            if (Before(person, sentence.Start) is { } before) yield return new Found(person.Actor, before);
            if (ApposedBefore(person, sentence.Start) is { } apposed) yield return new Found(person.Actor, apposed);
            if (ApposedAfter(person, sentence.End) is { } after) yield return new Found(person.Actor, after);
        }
    }

    private ReadOnlySpan<char> W(int t) => tokens.TextAt(t);

    /// <summary>(1) Title words right before the name.</summary>
    private ActorTitle? Before(MentionDraft person, int sentenceStart)
    {
        int start = ScanTitleLeft(person.Tokens.Start - 1, sentenceStart);
        return Make(start, person.Tokens.Start, person.Span.Start, person.Span.End);
    }

    /// <summary>(2) "[The] [Org’s] role words, Name".</summary>
    private ActorTitle? ApposedBefore(MentionDraft person, int sentenceStart)
    {
        int comma = person.Tokens.Start - 1;
        if (comma <= sentenceStart || W(comma) is not ",") return null;
        int start = ScanTitleLeft(comma - 1, sentenceStart);
        if (start >= comma) return null;
        // An apposition opens the clause: at the sentence start, or after a determiner.
        bool determiner = start - 1 >= sentenceStart && IsDeterminer(W(start - 1));
        if (!determiner && start != sentenceStart) return null;
        int evidenceStart = determiner ? tokens.StartAt(start - 1) : tokens.StartAt(start);
        return Make(start, comma, evidenceStart, person.Span.End);
    }

    /// <summary>(3) "Name, a role words [at|of … Org],".</summary>
    private ActorTitle? ApposedAfter(MentionDraft person, int sentenceEnd)
    {
        int t = person.Tokens.End;
        if (t >= sentenceEnd || W(t) is not ",") return null;
        t++;
        if (t < sentenceEnd && IsDeterminer(W(t))) t++;
        int organization = -1, titleStart = t;
        // "Name, the U.N. special envoy…": an organisation before the role words is where the role is held.
        if (NameAt(t) is { } leading && leading.Type != EntityType.Person)
        {
            organization = leading.Actor;
            t = leading.Tokens.End;
            if (t < sentenceEnd && tokens.KindAt(t) == TokenKind.Clitic) t++;
        }
        int roleStart = t, lastTitleWord = -1;
        while (t < sentenceEnd && (IsRoleWord(t) || NameAt(t) is { } n && n.Type != EntityType.Person))
        {
            if (NameAt(t) is { } name) t = name.Tokens.End;
            else
            {
                if (TitleWords.Contains(W(t))) lastTitleWord = t;
                t++;
            }
        }
        if (lastTitleWord < 0) return null;
        int roleEnd = lastTitleWord + 1;
        if (roleEnd + 1 < sentenceEnd && RoleComplements.Contains(W(roleEnd).ToString()) && NameAt(roleEnd + 1) is { } complement && complement.Type != EntityType.Person)
            roleEnd = complement.Tokens.End;
        int titleEnd = roleEnd;
        int p = roleEnd;
        if (organization < 0 && p < sentenceEnd && Prepositions.Contains(W(p).ToString()))
        {
            p++;
            if (p < sentenceEnd && IsDeterminer(W(p))) p++;
            if (NameAt(p) is { } org && org.Type != EntityType.Person)
            {
                organization = org.Actor;
                titleEnd = org.Tokens.End;
            }
        }
        var role = new TextSpan(tokens.StartAt(roleStart), tokens.EndAt(roleEnd - 1));
        var span = new TextSpan(tokens.StartAt(titleStart), tokens.EndAt(titleEnd - 1));
        return new ActorTitle(span, role, organization, new TextSpan(person.Span.Start, span.End));
    }

    /// <summary>Moves left over title material from <paramref name="t"/>; returns the first token of the title (t + 1 when none).</summary>
    private int ScanTitleLeft(int t, int sentenceStart)
    {
        int start = t + 1;
        while (t >= sentenceStart)
        {
            if (NameAt(t) is { } name)
            {
                if (name.Type == EntityType.Person) break;
                t = name.Tokens.Start - 1;
                start = name.Tokens.Start;
                continue;
            }
            var w = W(t);
            bool possessive = tokens.KindAt(t) == TokenKind.Clitic && (w is "’s" or "'s" or "’" or "'");
            bool capitalised = char.IsUpper(w[0]) && tokens.KindAt(t) is TokenKind.Word or TokenKind.Abbreviation && t > sentenceStart;
            if (!(possessive || capitalised || IsRoleWord(t) || Connectors.Contains(w.ToString()))) break;
            start = t;
            t--;
        }
        return start;
    }

    private bool IsRoleWord(int t) => TitleWords.Contains(W(t)) || Modifiers.Contains(W(t).ToString());

    private static bool IsDeterminer(ReadOnlySpan<char> w) => w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>A title from tokens [start, end): needs a title word; a leading organisation (with "’s") is split off the role.</summary>
    private ActorTitle? Make(int start, int end, int evidenceStart, int evidenceEnd)
    {
        while (start < end && (Connectors.Contains(W(start).ToString()) || tokens.KindAt(start) == TokenKind.Clitic)) start++;
        if (start >= end) return null;
        bool hasTitleWord = false;
        for (int t = start; t < end; t++) hasTitleWord |= TitleWords.Contains(W(t));
        if (!hasTitleWord) return null;
        int roleStart = start, organization = -1;
        if (NameAt(start) is { } org && org.Type != EntityType.Person && org.Tokens.End < end)
        {
            organization = org.Actor;
            roleStart = org.Tokens.End;
            if (tokens.KindAt(roleStart) == TokenKind.Clitic) roleStart++;
        }
        if (roleStart >= end) return null;
        var span = new TextSpan(tokens.StartAt(start), tokens.EndAt(end - 1));
        var role = new TextSpan(tokens.StartAt(roleStart), tokens.EndAt(end - 1));
        return new ActorTitle(span, role, organization, new TextSpan(Math.Min(evidenceStart, span.Start), evidenceEnd));
    }

    private MentionDraft? NameAt(int token)
    {
        int lo = 0, hi = names.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var r = names[mid].Tokens;
            if (token < r.Start) hi = mid - 1;
            else if (token >= r.End) lo = mid + 1;
            else return names[mid];
        }
        return null;
    }
}
