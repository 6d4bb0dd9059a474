using Dossier.Model;

namespace Dossier.Entities.Actors;

/// <summary>
/// Aliases an article states outright: (1) an acronym in brackets after a name ("Foundation for Defense of
/// Democracies (FDD)"); (2) "Name, also known as Alias": the name right before the cue; (3) "… refers to as
/// Alias", "calls itself Alias", "dubbed Alias": the subject of the sentence, when its first name is an
/// organisation or a person. Adds a mention for the alias when the tagger missed it; the name list stays in
/// text order. No name in the right place, no link: a guess would merge actors.
/// </summary>
internal sealed class TextLinks(TokenLayer tokens, SentenceLayer sentences, List<MentionDraft> names)
{
    private static readonly string[][] Cues =
    [
        ["refers", "to", "as"], ["refer", "to", "as"], ["referred", "to", "as"], ["dubbed"], ["nicknamed"],
        ["calls", "itself"], ["call", "themselves"], ["calls", "themselves"], ["called", "itself"],
    ];

    private readonly List<(MentionDraft From, MentionDraft To)> _links = [];

    public List<(int From, int To)> Find()
    {
        for (int i = 0; i < names.Count; i++) Bracketed(names[i]);
        for (int s = 0; s < sentences.Count; s++) KnownAs(sentences.TokensAt(s));
        names.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        var index = new Dictionary<MentionDraft, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < names.Count; i++) index[names[i]] = i;
        return [.. _links.Select(l => (index[l.From], index[l.To]))];
    }

    private ReadOnlySpan<char> W(int t) => t >= 0 && t < tokens.Count ? tokens.TextAt(t) : default;

    private void Bracketed(MentionDraft name)
    {
        int open = name.Tokens.End;
        if (W(open) is not "(" || W(open + 2) is not ")") return;
        var inside = NameStarting(open + 1);
        if (inside is null)
        {
            if (Acronyms.Letters(W(open + 1).ToString()) is null) return;
            inside = Add(new TokenRange(open + 1, open + 2), name.Type);
        }
        _links.Add((inside, name));
    }

    private void KnownAs(TokenRange sentence)
    {
        for (int t = sentence.Start; t < sentence.End; t++)
        {
            bool apposition = W(t).Equals("known", StringComparison.OrdinalIgnoreCase) && W(t + 1).Equals("as", StringComparison.OrdinalIgnoreCase);
            int after = apposition ? t + 2 : CueEnd(t, sentence.End);
            if (after < 0 || after >= sentence.End) continue;
            if (after < sentence.End && tokens.KindAt(after) == TokenKind.Quote) after++;
            var alias = NameStarting(after);
            if (alias is null)
            {
                int end = after;
                while (end < sentence.End && tokens.KindAt(end) == TokenKind.Word && char.IsUpper(W(end)[0])) end++;
                if (end == after || !AbsorbNamesInside(after, end)) continue;
                alias = Add(new TokenRange(after, end), EntityType.Org);
            }
            var target = apposition ? NameBefore(t, sentence.Start) : Subject(sentence, t);
            if (target is null || ReferenceEquals(target, alias)) continue;
            if (alias.Type != target.Type) alias.Type = target.Type;
            _links.Add((alias, target));
        }
    }

    private int CueEnd(int t, int end)
    {
        foreach (var cue in Cues)
        {
            int k = 0;
            while (k < cue.Length && t + k < end && W(t + k).Equals(cue[k], StringComparison.OrdinalIgnoreCase)) k++;
            if (k == cue.Length) return t + k;
        }
        return -1;
    }

    /// <summary>The sentence's first name before the cue, when it is an organisation or a person.</summary>
    private MentionDraft? Subject(TokenRange sentence, int cue)
    {
        var first = names.Find(n => n.Tokens.Start >= sentence.Start && n.Tokens.End <= cue);
        return first is { Type: EntityType.Org or EntityType.Person } ? first : null;
    }

    /// <summary>"Name, also known as": the name ending right before the cue (skipping "also" and a comma).</summary>
    private MentionDraft? NameBefore(int cue, int sentenceStart)
    {
        int t = cue - 1;
        if (t >= sentenceStart && W(t).Equals("also", StringComparison.OrdinalIgnoreCase)) t--;
        if (t >= sentenceStart && W(t) is ",") t--;
        return t < sentenceStart ? null : names.Find(n => n.Tokens.End == t + 1);
    }

    private MentionDraft? NameStarting(int token) => names.Find(n => n.Tokens.Start == token);

    /// <summary>
    /// "known as Healthy Texas Women" where the tagger found only "Texas Women": names wholly inside the capitalised
    /// words give way to the whole alias. A name that runs past them, or one a link already holds, keeps its place
    /// and the alias is dropped: mentions never overlap.
    /// </summary>
    private bool AbsorbNamesInside(int start, int end)
    {
        foreach (var n in names)
        {
            if (n.Tokens.End <= start || n.Tokens.Start >= end) continue;
            bool inside = n.Tokens.Start >= start && n.Tokens.End <= end;
            if (!inside || _links.Exists(l => ReferenceEquals(l.From, n) || ReferenceEquals(l.To, n))) return false;
        }
        names.RemoveAll(n => n.Tokens.Start >= start && n.Tokens.End <= end);
        return true;
    }

    private MentionDraft Add(TokenRange range, EntityType type)
    {
        var span = tokens.SpanOf(range);
        var draft = new MentionDraft(span, range, type, tokens.TextAt(range.Start).Length == span.Length ? tokens.TextAt(range.Start).ToString() : Text(range)) { Quoted = false };
        names.Add(draft);
        return draft;
    }

    private string Text(TokenRange range)
    {
        var parts = new List<string>();
        for (int t = range.Start; t < range.End; t++) parts.Add(W(t).ToString());
        return string.Join(' ', parts);
    }
}
