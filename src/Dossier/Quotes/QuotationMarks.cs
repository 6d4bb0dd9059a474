using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Pairs quotation marks (“ ” " ‘ ’ ' « » „) into <see cref="QuotedSpan"/>s, paragraph by paragraph.
/// Tolerant by design: an unclosed mark closes at its paragraph's end; a news-style quote that runs over several
/// paragraphs (each opens, only the last closes) becomes linked spans; apostrophes ("don’t", "students’",
/// "’90s") are told apart from single quotes by what stands on either side of them.
/// </summary>
public static class QuotationMarks
{
    private enum Family : byte { Double, Single, Guillemet }

    private readonly record struct Open(Family Family, int Position);

    /// <summary>All quoted spans of <paramref name="text"/>, sorted by start (outer before nested).</summary>
    public static List<QuotedSpan> Pair(string text, ParagraphLayer paragraphs)
    {
        var result = new List<QuotedSpan>();
        var stack = new List<Open>();
        bool previousParagraphLeftOpen = false;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs.SpanAt(p);
            stack.Clear();
            bool continuation = previousParagraphLeftOpen && para.Length > 0 && IsOpeningDouble(text, para.Start, para);
            int firstSpanIndex = result.Count;
            for (int i = para.Start; i < para.End; i++)
            {
                char c = text[i];
                if (!IsQuoteChar(c)) continue;
                if (c == '\'' && i + 2 < para.End && text[i + 1] == c && text[i + 2] == c && stack.Count > 0 && stack[^1].Family == Family.Single
                    && stack.Exists(o => o.Family == Family.Double))
                {
                    // "''I would use the word 'old-school,''' said …": three marks close the inner single quotation, then
                    // the doubled one around it (else the doubled pair closed first and took the single quotation with it).
                    var single = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    result.Add(new QuotedSpan(new TextSpan(single.Position, i + 1), new TextSpan(single.Position + 1, i), true, false, stack.Count));
                    i = PairDoubledSingle(text, i + 1, para, stack, result);
                    continue;
                }
                if (c is '\'' or '`' && i + 1 < para.End && text[i + 1] == c)
                {
                    // Two straight single quotes stand for one double quote in some newspapers' text (''For me,'').
                    i = PairDoubledSingle(text, i, para, stack, result);
                    continue;
                }
                var role = Classify(text, i, para, stack);
                if (role == Role.Open)
                {
                    stack.Add(new Open(FamilyOf(c), i));
                }
                else if (role == Role.Close)
                {
                    var family = FamilyOf(c);
                    int at = stack.FindLastIndex(o => o.Family == family);
                    if (at < 0) continue;
                    var open = stack[at];
                    stack.RemoveRange(at, stack.Count - at);
                    result.Add(new QuotedSpan(new TextSpan(open.Position, i + 1), new TextSpan(open.Position + 1, i), true, false, at));
                }
            }
            // A double (or guillemet) quote still open at the paragraph's end: either it continues in the next
            // paragraph (which then opens with a mark) or the text is unbalanced; both close here, unclosed.
            previousParagraphLeftOpen = false;
            var outer = stack.FindIndex(o => o.Family != Family.Single);
            if (outer >= 0)
            {
                var open = stack[outer];
                int end = para.End;
                int innerStart = open.Position + (text[open.Position] == '\'' && open.Position + 1 < end && text[open.Position + 1] == '\'' ? 2 : 1);
                result.Add(new QuotedSpan(new TextSpan(open.Position, end), new TextSpan(Math.Min(innerStart, end), end), false, false, outer));
                previousParagraphLeftOpen = true;
            }
            if (continuation)
            {
                int first = -1;
                for (int k = firstSpanIndex; k < result.Count; k++)
                {
                    if (result[k].Start == para.Start) first = k;
                }
                if (first >= 0) result[first] = result[first] with { ContinuesPrevious = true };
            }
        }
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return result;
    }

    /// <summary>Handles the two-character mark at <paramref name="i"/>; returns the index of its second character.</summary>
    private static int PairDoubledSingle(string text, int i, TextSpan para, List<Open> stack, List<QuotedSpan> result)
    {
        char before = i > para.Start ? text[i - 1] : ' ';
        char after = i + 2 < para.End ? text[i + 2] : ' ';
        int at = stack.FindLastIndex(o => o.Family == Family.Double);
        bool closes = at >= 0 && (!IsOpeningContext(before) || char.IsWhiteSpace(after) || char.IsPunctuation(after));
        if (closes)
        {
            var open = stack[at];
            stack.RemoveRange(at, stack.Count - at);
            int innerStart = open.Position + (text[open.Position] == text[i] && open.Position + 1 < text.Length && text[open.Position + 1] == text[i] ? 2 : 1);
            result.Add(new QuotedSpan(new TextSpan(open.Position, i + 2), new TextSpan(innerStart, i), true, false, at));
        }
        else
        {
            stack.Add(new Open(Family.Double, i));
        }
        return i + 1;
    }

    /// <summary>True for every character this class treats as a possible quotation mark.</summary>
    public static bool IsQuoteChar(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‟' or '‚';

    private enum Role : byte { None, Open, Close }

    private static Family FamilyOf(char c) => c switch
    {
        '"' or '“' or '”' or '„' or '‟' => Family.Double,
        '«' or '»' => Family.Guillemet,
        _ => Family.Single,
    };

    private static Role Classify(string text, int i, TextSpan para, List<Open> stack)
    {
        char c = text[i];
        char before = i > para.Start ? text[i - 1] : ' ';
        char after = i + 1 < para.End ? text[i + 1] : ' ';
        bool leftBoundary = IsOpeningContext(before);
        bool rightBoundary = !char.IsLetterOrDigit(after);
        bool doubleOpen = stack.Exists(o => o.Family == Family.Double);
        bool singleOpen = stack.Count > 0 && stack[^1].Family == Family.Single;
        switch (c)
        {
            case '«': return Role.Open;
            case '»': return Role.Close;
            case '„': return Role.Open;
            case '“' or '‟':
                // Some texts close with “ as well; a “ after a word and before a space closes an open quote.
                return doubleOpen && !leftBoundary && rightBoundary ? Role.Close : Role.Open;
            case '”':
                return !doubleOpen && leftBoundary && !rightBoundary ? Role.Open : Role.Close;
            case '"':
                if (doubleOpen) return leftBoundary && !rightBoundary && !char.IsPunctuation(after) ? Role.Open : Role.Close;
                return Role.Open;
            case '‘' or '‚':
                return leftBoundary && !IsElision(text, i + 1, para.End) ? Role.Open : Role.None;
            default: // ’ or '
                if (char.IsLetter(before) && char.IsLetter(after)) return Role.None; // don’t, Taliban’s
                if (singleOpen && !char.IsLetterOrDigit(after)) return Role.Close;
                if (c == '\'' && leftBoundary && char.IsLetter(after) && !IsElision(text, i + 1, para.End) && HasLaterSingleClose(text, i + 1, para.End))
                    return Role.Open;
                return Role.None; // students’, ’90s, ’em
        }
    }

    private static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '"' or '‘' or '\'' or '«' or '„' or ':';

    private static bool IsOpeningDouble(string text, int at, TextSpan para) =>
        text[at] is '“' or '"' or '„' or '«' or '‟' || (text[at] == '\'' && at + 1 < para.End && text[at + 1] == '\'');

    /// <summary>’90s, ’em, ’til: an apostrophe standing for left-out letters, not an opening quote.</summary>
    private static bool IsElision(string text, int next, int end)
    {
        if (next >= end) return true;
        if (char.IsDigit(text[next])) return true;
        int k = next;
        while (k < end && char.IsLetter(text[k])) k++;
        var word = text.AsSpan(next, k - next);
        return word.Equals("em", StringComparison.OrdinalIgnoreCase) || word.Equals("til", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cause", StringComparison.OrdinalIgnoreCase) || word.Equals("n", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasLaterSingleClose(string text, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (text[k] == '\'' && k > from && !char.IsWhiteSpace(text[k - 1]) && (k + 1 >= end || !char.IsLetterOrDigit(text[k + 1]))) return true;
        }
        return false;
    }
}
