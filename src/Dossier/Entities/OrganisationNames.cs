using Dossier.Entities.Actors;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Puts back together organisation names the tagger cut into pieces. Trained on Reuters news of 1996, it often
/// tags a nationality or party adjective as a name of its own, leaves a trailing head noun untagged, or stops a
/// name before "of" and its country: "[Syrian] [Democratic] Forces", "[Italian] [Democratic Socialist Party]",
/// "[Liberal Democratic Party] of [Russia]". Each piece then became an actor of its own ("Democratic", MISC).
/// Three repairs, applied in order, only between names in one sentence separated by a single space:
/// <list type="number">
/// <item>a name followed by capitalised organisation head nouns the tagger left out takes them in and is an ORG
/// ("Democratic Forces");</item>
/// <item>a nationality or group adjective (tagged or not) right before an organisation whose name has two or more
/// words, one of them a head noun, belongs to it ("Syrian Democratic Forces", "Kurdish Center for Studies");
/// one-word organisations keep their adjective apart ("Republican Senate" is the Senate);</item>
/// <item>an organisation ending in a head noun followed by "of" (and "the") and a place is one name ("Liberal
/// Democratic Party of Russia", "Communist Party of the Russian Federation"), and so is one followed by "of" and up to
/// three capitalised words no name claims ("Massachusetts Institute of Technology").</item>
/// </list>
/// </summary>
internal static class OrganisationNames
{
    /// <summary>Most capitalised words after "of" taken in when no name claims them ("of Technology", "of Human Rights").</summary>
    private const int MaxUntaggedWords = 3;

    public static void Join(List<MentionDraft> names, Document document, TokenLayer tokens, SentenceLayer sentences, Func<ReadOnlySpan<char>, bool> isGroupAdjective)
    {
        TakeInHeadNouns(names, document, tokens, sentences);
        TakeInAdjectives(names, document, tokens, sentences, isGroupAdjective);
        TakeInOfPhrases(names, document, tokens, sentences);
    }

    private static void TakeInHeadNouns(List<MentionDraft> names, Document document, TokenLayer tokens, SentenceLayer sentences)
    {
        for (int i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (!name.Type.IsName() || name.Quoted) continue;
            int end = name.Tokens.End;
            int limit = i + 1 < names.Count ? names[i + 1].Tokens.Start : tokens.Count;
            while (end < limit && Adjacent(tokens, sentences, end - 1, end) && IsCapitalisedHeadNoun(tokens, end)) end++;
            if (end == name.Tokens.End) continue;
            names[i] = EntitiesComponent.Draft(document, tokens, new TokenRange(name.Tokens.Start, end), EntityType.Org);
        }
    }

    private static void TakeInAdjectives(List<MentionDraft> names, Document document, TokenLayer tokens, SentenceLayer sentences, Func<ReadOnlySpan<char>, bool> isGroupAdjective)
    {
        for (int i = 0; i < names.Count; i++)
        {
            var organisation = names[i];
            if (organisation.Type != EntityType.Org || organisation.Tokens.Length < 2 || !HasHeadNoun(tokens, organisation.Tokens)) continue;
            int start = organisation.Tokens.Start, before = start - 1;
            if (before < 0 || !Adjacent(tokens, sentences, before, start) || !isGroupAdjective(tokens.TextAt(before))) continue;
            // The adjective is a name of its own (a one-word NORP or MISC) or no name at all.
            bool tagged = i > 0 && names[i - 1].Tokens.End == start;
            if (tagged && (names[i - 1].Tokens.Length != 1 || names[i - 1].Type is not (EntityType.Norp or EntityType.Misc))) continue;
            names[i] = EntitiesComponent.Draft(document, tokens, new TokenRange(before, organisation.Tokens.End), EntityType.Org);
            if (tagged)
            {
                names.RemoveAt(i - 1);
                i--;
            }
        }
    }

    private static void TakeInOfPhrases(List<MentionDraft> names, Document document, TokenLayer tokens, SentenceLayer sentences)
    {
        for (int i = 0; i < names.Count; i++)
        {
            var organisation = names[i];
            if (organisation.Type != EntityType.Org || !IsHeadNoun(tokens, organisation.Tokens.End - 1)) continue;
            int of = organisation.Tokens.End, place = of + 1;
            if (of >= tokens.Count || !tokens.TextAt(of).SequenceEqual("of") || !Adjacent(tokens, sentences, of - 1, of)) continue;
            if (place < tokens.Count && tokens.TextAt(place).SequenceEqual("the")) place++;
            if (place >= tokens.Count || !Adjacent(tokens, sentences, place - 1, place)) continue;
            bool nextIsName = i + 1 < names.Count && names[i + 1].Tokens.Start == place;
            if (nextIsName && names[i + 1].Type is EntityType.Gpe or EntityType.Loc)
            {
                names[i] = EntitiesComponent.Draft(document, tokens, new TokenRange(organisation.Tokens.Start, names[i + 1].Tokens.End), EntityType.Org);
                names.RemoveAt(i + 1);
                continue;
            }
            // "Massachusetts Institute of Technology": capitalised words no name claims, right after "of".
            if (nextIsName || place != of + 1) continue;
            int end = place, limit = i + 1 < names.Count ? names[i + 1].Tokens.Start : tokens.Count;
            while (end < limit && end - place < MaxUntaggedWords && IsCapitalisedWord(tokens, end) && (end == place || Adjacent(tokens, sentences, end - 1, end))) end++;
            // None, or a run longer than MaxUntaggedWords: leave it.
            if (end == place || end - place == MaxUntaggedWords && end < limit && IsCapitalisedWord(tokens, end)) continue;
            names[i] = EntitiesComponent.Draft(document, tokens, new TokenRange(organisation.Tokens.Start, end), EntityType.Org);
        }
    }

    /// <summary>Tokens <paramref name="left"/> and <paramref name="right"/> in one sentence with one space between them.</summary>
    private static bool Adjacent(TokenLayer tokens, SentenceLayer sentences, int left, int right) =>
        tokens.StartAt(right) - tokens.EndAt(left) == 1 && tokens.SpaceAfter(left) && sentences.IndexOfToken(left) == sentences.IndexOfToken(right);

    private static bool IsHeadNoun(TokenLayer tokens, int token) => NameRefiner.IsOrganisationHeadNoun(tokens.TextAt(token));

    private static bool IsCapitalisedWord(TokenLayer tokens, int token) => tokens.KindAt(token) == TokenKind.Word && char.IsUpper(tokens.TextAt(token)[0]);

    private static bool IsCapitalisedHeadNoun(TokenLayer tokens, int token) => char.IsUpper(tokens.TextAt(token)[0]) && IsHeadNoun(tokens, token);

    private static bool HasHeadNoun(TokenLayer tokens, TokenRange range)
    {
        for (int t = range.Start; t < range.End; t++)
        {
            if (IsHeadNoun(tokens, t)) return true;
        }
        return false;
    }
}
