using Dossier.Entities;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Turns a subject phrase into a speaker: a name with titles stripped ("U.S. Special Representative to Afghanistan
/// Thomas West" → "Thomas West"), a surname expanded to the full name met earlier ("West"), a pronoun resolved
/// to the latest compatible speaker (a possessive such as "West’s remarks" is never a speaker), a nominal
/// ("the envoy") resolved to a titled person, or a description kept as written. One instance per document.
/// </summary>
internal sealed class SpeakerResolver(Document document, TokenLayer tokens)
{
    /// <summary>A resolved speaker. <see cref="Actor"/> is -1 until the entity layer links actors.</summary>
    public sealed record Speaker(string? Name, int Actor, SpeakerResolution Resolution, bool IsPerson, bool IsGroup, float Confidence, string? Title)
    {
        public GenderHints.Gender Gender { get; init; }
        /// <summary>Where the mention stands (its first character), for recency against other candidates.</summary>
        public int Position { get; init; }
    }

    /// <summary>A person named at the start of a sentence (subject position) who spoke no quote there; a pronoun may still point back to them.</summary>
    private readonly record struct SubjectMention(int Position, string Name, GenderHints.Gender Gender);

    private readonly List<SubjectMention> _subjects = [];

    /// <summary>How much a pronoun resolved through the speaker history is trusted.</summary>
    private const float PronounConfidence = 0.95f;
    /// <summary>A nominal resolved to the latest person without a matching title is a guess, flagged by lower confidence.</summary>
    private const float NominalGuessConfidence = 0.8f;

    private readonly string _text = document.Text;
    private readonly List<Speaker> _history = [];
    private readonly Dictionary<string, string> _fullNameBySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ambiguousSurnames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _persons = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(Speaker speaker)
    {
        if (speaker.Name is not null) _history.Add(speaker);
    }

    public Speaker Resolve(int start, int end)
    {
        var first = tokens.TextAt(start).ToString();
        if (end - start == 1)
        {
            if (WordClasses.SingularPersonPronouns.Contains(first)) return PersonPronoun(first, tokens.StartAt(start));
            if (WordClasses.PluralPronouns.Contains(first)) return FromHistory(s => s.IsGroup || !s.IsPerson, SpeakerResolution.Pronoun);
            if (WordClasses.ThingPronouns.Contains(first)) return FromHistory(s => !s.IsPerson, SpeakerResolution.Pronoun);
            if (WordClasses.FirstSecondPronouns.Contains(first) || first.Equals("who", StringComparison.OrdinalIgnoreCase))
                return new Speaker(null, -1, SpeakerResolution.Unresolved, false, false, 1f, null);
        }
        if (FromEntities(start, end) is { } linked) return linked;
        bool definite = WordClasses.Determiners.Contains(first);
        int s0 = definite ? start + 1 : start;
        if (s0 >= end) return new Speaker(null, -1, SpeakerResolution.Unresolved, false, false, 1f, null);
        var last = tokens.TextAt(end - 1);
        // "Critics found …": a plural common noun capitalised only because it opens the sentence is a group, never the
        // antecedent of "he" or "she" (its name stays as written).
        if (end - s0 == 1 && _syntax is not null && _syntax.TagAt(s0) == Language.PennTag.NNS && IsSentenceStart(s0))
            return Named(s0, end, definite) with { IsPerson = false, IsGroup = true };
        if (WordClasses.IsCapitalized(last) || char.IsDigit(last[0])) return Named(s0, end, definite);
        bool hasCapital = false;
        for (int t = s0; t < end; t++) hasCapital |= WordClasses.IsCapitalized(tokens.TextAt(t));
        var text = Clean(s0, end);
        if (!hasCapital && definite && WordClasses.Titles.Contains(last.ToString()))
            return Nominal(last.ToString(), text, tokens.StartAt(start));
        // "The Biden administration", "Western governments", "the poll": a group or thing, named by its description.
        return new Speaker(text, -1, hasCapital ? SpeakerResolution.Named : SpeakerResolution.Description, false, true, 1f, null);
    }

    /// <summary>
    /// The speaker as the entity layer knows it: the actor of the mention that ends the subject phrase ("Thomas West"
    /// in "U.S. Special Representative to Afghanistan Thomas West"). A phrase whose head is a common noun ("The Biden
    /// administration") is not its modifier's actor. Null when there is no entity layer or no such mention.
    /// </summary>
    private Speaker? FromEntities(int start, int end)
    {
        if (_mentions is null || _actors is null) return null;
        int last = _mentions.IndexOfToken(end - 1);
        if (last < 0 || _mentions.TokensAt(last).End != end) return null;
        int actor = _mentions.ActorAt(last);
        if (actor < 0) return null;
        var type = _actors.TypeAt(actor);
        // Only persons are taken from the tagger: its organisation and place labels on speakers were less reliable
        // than the phrase itself on PolNeAR dev (pronoun resolution 0.72 → 0.61 when they were used).
        if (type != EntityType.Person) return null;
        bool person = type == EntityType.Person;
        return new Speaker(_actors.NameAt(actor), actor, SpeakerResolution.Named, person, !person, 1f, null)
        {
            Gender = person ? FromEntityGender(_actors.GenderAt(actor)) : GenderHints.Gender.Unknown,
            Position = tokens.StartAt(start),
        };
    }

    private static GenderHints.Gender FromEntityGender(Gender gender) => gender switch
    {
        Gender.Male => GenderHints.Gender.Male,
        Gender.Female => GenderHints.Gender.Female,
        _ => GenderHints.Gender.Unknown,
    };

    private readonly Language.SyntaxLayer? _syntax = document.TryGet<Language.SyntaxLayer>(out var syntax) ? syntax : null;

    private bool IsSentenceStart(int token) => token == 0 || document.Sentences.TokensAt(document.Sentences.IndexOfToken(token)).Start == token;

    private readonly MentionLayer? _mentions = document.TryGet<MentionLayer>(out var m) ? m : null;
    private readonly ActorLayer? _actors = document.TryGet<ActorLayer>(out var a) ? a : null;

    private Speaker Named(int start, int end, bool definite)
    {
        // The name is the last run of capitalised words (joined by "of", "for", "to" …); a title before it is not.
        int runStart = end - 1;
        while (runStart - 1 >= start)
        {
            var w = tokens.TextAt(runStart - 1);
            bool joined = WordClasses.NameInnerWords.Has(w) && runStart - 2 >= start && WordClasses.IsCapitalized(tokens.TextAt(runStart - 2));
            if (WordClasses.IsCapitalized(w) || joined || tokens.KindAt(runStart - 1) is TokenKind.Abbreviation || w is "-" or "&") runStart--;
            else break;
        }
        int titleEnd = -1;
        string? title = null;
        for (int t = runStart; t < end - 1; t++)
        {
            if (WordClasses.Titles.Has(tokens.TextAt(t))) titleEnd = t + 1;
        }
        for (int t = start; t < runStart; t++)
        {
            if (WordClasses.Titles.Has(tokens.TextAt(t))) title = Clean(start, runStart);
        }
        int nameStart = runStart;
        if (titleEnd > 0)
        {
            title = Clean(start, titleEnd);
            nameStart = titleEnd;
            // "Representative to Afghanistan Thomas West", "Secretary of State John Kerry": the title's own complement.
            if (nameStart + 2 < end && WordClasses.NameInnerWords.Has(tokens.TextAt(nameStart))) nameStart += 2;
        }
        var name = Clean(nameStart, end);
        int words = end - nameStart;
        var head = tokens.TextAt(end - 1).ToString();
        bool organisation = WordClasses.OrganisationHeads.Contains(head) || definite || tokens.KindAt(end - 1) == TokenKind.Abbreviation && words == 1;
        bool person = title is not null && !organisation || _persons.Contains(name);
        if (!person && !organisation && words is 2 or 3 && AllCapitalized(nameStart, end)) person = true;
        // A lone capitalised word that speaks ("Joscelyn said") is a surname unless it is an acronym or an organisation.
        if (!person && !organisation && words == 1 && !IsAcronym(head)) person = true;
        if (words == 1 && _fullNameBySurname.TryGetValue(name, out var full) && !_ambiguousSurnames.Contains(name))
        {
            name = full;
            person = true;
        }
        if (person && words >= 2)
        {
            _persons.Add(name);
            RegisterFullName(head, name);
        }
        return new Speaker(name, -1, SpeakerResolution.Named, person, !person, 1f, title)
        {
            Gender = person ? GenderOfKnown(name, title) : GenderHints.Gender.Unknown,
            Position = tokens.StartAt(start),
        };
    }

    /// <summary>Gender of a person from their name and title, or from how the same name was titled before ("Mrs. Clinton").</summary>
    private GenderHints.Gender GenderOfKnown(string name, string? title)
    {
        var gender = GenderHints.Of(name, title);
        if (gender != GenderHints.Gender.Unknown) _genders[name] = gender;
        else _genders.TryGetValue(name, out gender);
        return gender;
    }

    private readonly Dictionary<string, GenderHints.Gender> _genders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Salience of an earlier speaker as the antecedent of "he" / "she", over a person named as a sentence's subject.</summary>
    private const double SpeakerSalience = 50;
    private const double SubjectSalience = 40;
    /// <summary>Salience of a candidate in the pronoun's own sentence; it halves with each sentence further back.</summary>
    private const double SentenceRecency = 100;

    /// <summary>
    /// "he" / "she": the most salient earlier person — a speaker, or a person named as a sentence's subject — whose
    /// gender does not contradict the pronoun. Salience falls by half with each sentence back; a speaker counts a little
    /// more than a subject, so it wins in the same sentence but not over a subject one sentence nearer ("Lazar had no
    /// formal training. He told the Times …" after an earlier speaker). Between equals the later mention wins.
    /// Possessives ("West’s remarks") are never candidates.
    /// </summary>
    private Speaker PersonPronoun(string pronoun, int position)
    {
        int sentence = document.Sentences.IndexAt(position);
        Speaker? speaker = null;
        double best = double.NegativeInfinity;
        int bestPosition = -1;
        foreach (var s in _history)
        {
            if (!s.IsPerson || s.Position >= position || !GenderHints.Agrees(pronoun, s.Gender)) continue;
            double salience = SpeakerSalience + Recency(s.Position, sentence);
            if (salience > best || salience == best && s.Position > bestPosition) (best, bestPosition, speaker) = (salience, s.Position, s);
        }
        SubjectMention? subject = null;
        foreach (var m in _subjects)
        {
            if (m.Position >= position || !GenderHints.Agrees(pronoun, m.Gender)) continue;
            double salience = SubjectSalience + Recency(m.Position, sentence);
            if (salience > best || salience == best && m.Position > bestPosition) (best, bestPosition, subject) = (salience, m.Position, m);
        }
        // The same person as the best speaker: the speaker, which carries its actor and title.
        if (subject is { } chosen && (speaker is null || !string.Equals(speaker.Name, chosen.Name, StringComparison.OrdinalIgnoreCase)))
            return new Speaker(chosen.Name, -1, SpeakerResolution.Pronoun, true, false, PronounConfidence, null) { Gender = chosen.Gender, Position = position };
        return speaker is null
            ? new Speaker(null, -1, SpeakerResolution.Unresolved, false, false, 1f, null)
            : speaker with { Resolution = SpeakerResolution.Pronoun, Confidence = PronounConfidence };
    }

    /// <summary>How salient a mention at <paramref name="position"/> is for a pronoun in sentence <paramref name="sentence"/>.</summary>
    private double Recency(int position, int sentence) =>
        SentenceRecency * Math.Pow(0.5, Math.Max(0, sentence - document.Sentences.IndexAt(position)));

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// Learns full names from every run of two or three capitalised words in the document ("Thomas Joscelyn" in
    /// "senior fellow Thomas Joscelyn found …"), so that a later surname alone resolves to the full name.
    /// A surname shared by two different full names is ambiguous and never expanded.
    /// </summary>
    public void LearnNames(SentenceLayer sentences)
    {
        for (int s = 0; s < sentences.Count; s++)
        {
            var range = sentences.TokensAt(s);
            AddEntitySubject(range);
            int t = range.Start;
            // "If Clinton is elected, he …", "Maybe Trump …", "Though Sanders led …": a conjunction, adverb, preposition
            // or pronoun capitalised only because it opens the sentence is no part of the name after it.
            if (_syntax is not null && t < range.End && _syntax.PosAt(t) is Language.UniversalPos.Sconj or Language.UniversalPos.Adv
                or Language.UniversalPos.Adp or Language.UniversalPos.Cconj or Language.UniversalPos.Pron) t++;
            while (t < range.End)
            {
                if (!IsNameWord(t)) { t++; continue; }
                int e = t;
                while (e < range.End && IsNameWord(e)) e++;
                int start = t;
                while (start < e - 1 && WordClasses.Titles.Has(tokens.TextAt(start))) start++;
                int length = e - start;
                bool definite = start > range.Start && WordClasses.Determiners.Has(tokens.TextAt(start - 1));
                bool possessive = e < tokens.Count && tokens.KindAt(e) == TokenKind.Clitic;
                var head = tokens.TextAt(e - 1).ToString();
                bool organisation = WordClasses.OrganisationHeads.Contains(head) || WordClasses.OrganisationHeads.Has(tokens.TextAt(start));
                if (length is 2 or 3 && !definite && !possessive && !organisation)
                {
                    RegisterFullName(head, Clean(start, e));
                }
                if (t == range.Start && !possessive && !organisation && !definite && (length is 2 or 3 || _fullNameBySurname.ContainsKey(head)))
                {
                    var name = length == 1 && _fullNameBySurname.TryGetValue(head, out var full) ? full : Clean(start, e);
                    var title = start > t ? Clean(t, start) : null;
                    _subjects.Add(new SubjectMention(tokens.StartAt(t), name, GenderOfKnown(name, title)));
                }
                t = e;
            }
        }
    }

    /// <summary>A person mention opening the sentence (after titles) is a subject a later "he" or "she" may point to.</summary>
    private void AddEntitySubject(TokenRange sentence)
    {
        if (_mentions is null || _actors is null) return;
        int t = sentence.Start;
        while (t < sentence.End && (WordClasses.Titles.Has(tokens.TextAt(t)) || WordClasses.Determiners.Has(tokens.TextAt(t)))) t++;
        int m = t < sentence.End ? _mentions.IndexOfToken(t) : -1;
        if (m < 0 || _mentions.TypeAt(m) != EntityType.Person || _mentions.ActorAt(m) < 0) return;
        int after = _mentions.TokensAt(m).End;
        if (after < tokens.Count && tokens.KindAt(after) == TokenKind.Clitic) return;
        int actor = _mentions.ActorAt(m);
        _subjects.Add(new SubjectMention(tokens.StartAt(sentence.Start), _actors.NameAt(actor), FromEntityGender(_actors.GenderAt(actor))));
    }

    /// <summary>
    /// Records <paramref name="name"/> as the full name behind <paramref name="surname"/>. Of two names where one ends
    /// the other ("Thomas West", "Afghanistan Thomas West") the shorter wins; two different names make the surname ambiguous.
    /// </summary>
    private void RegisterFullName(string surname, string name)
    {
        if (!_fullNameBySurname.TryGetValue(surname, out var known) || string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
        {
            _fullNameBySurname[surname] = name;
            return;
        }
        if (name.EndsWith(" " + known, StringComparison.OrdinalIgnoreCase)) return;
        if (known.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase)) { _fullNameBySurname[surname] = name; return; }
        _ambiguousSurnames.Add(surname);
    }

    private bool IsNameWord(int t)
    {
        var w = tokens.TextAt(t);
        return tokens.KindAt(t) == TokenKind.Word && w.Length > 1 && char.IsUpper(w[0]) && !IsAcronym(w) && !WordClasses.Adverbs.Has(w);
    }

    private bool AllCapitalized(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (!WordClasses.IsCapitalized(tokens.TextAt(t))) return false;
        }
        return true;
    }

    private Speaker FromHistory(Func<Speaker, bool> compatible, SpeakerResolution how)
    {
        for (int i = _history.Count - 1; i >= 0; i--)
        {
            var s = _history[i];
            if (compatible(s)) return s with { Resolution = how, Confidence = PronounConfidence };
        }
        return new Speaker(null, -1, SpeakerResolution.Unresolved, false, false, 1f, null);
    }

    private Speaker Nominal(string titleWord, string text, int position)
    {
        if (_actors is not null)
        {
            int actor = _actors.PersonWithTitleWord(titleWord, position);
            if (actor >= 0)
                return new Speaker(_actors.NameAt(actor), actor, SpeakerResolution.Nominal, true, false, 1f, titleWord) { Gender = FromEntityGender(_actors.GenderAt(actor)), Position = position };
        }
        for (int i = _history.Count - 1; i >= 0; i--)
        {
            var s = _history[i];
            if (s.IsPerson && s.Title is not null && s.Title.Contains(titleWord, StringComparison.OrdinalIgnoreCase))
                return s with { Resolution = SpeakerResolution.Nominal, Confidence = 1f };
        }
        for (int i = _history.Count - 1; i >= 0; i--)
        {
            if (_history[i].IsPerson) return _history[i] with { Resolution = SpeakerResolution.Nominal, Confidence = NominalGuessConfidence };
        }
        return new Speaker(text, -1, SpeakerResolution.Description, true, false, 1f, titleWord);
    }

    /// <summary>The text of tokens [start, end) with every run of white space as one space.</summary>
    private string Clean(int start, int end)
    {
        var span = _text.AsSpan(tokens.StartAt(start), tokens.EndAt(end - 1) - tokens.StartAt(start));
        var sb = new System.Text.StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
