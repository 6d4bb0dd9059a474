using Dossier.Model;

namespace Dossier.Entities.Values;

/// <summary>
/// Dates, times, amounts of money, percentages and counts, found by rules over the tokens of a sentence (the
/// OntoNotes value types): (1) money, (2) percentages, (3) times, (4) dates, (5) other numbers. Tokens already
/// inside a name are skipped; matches never overlap.
/// </summary>
internal static class ValueFinder
{
    public readonly record struct Value(TokenRange Tokens, EntityType Type);

    public static void Find(TokenLayer tokens, TokenRange sentence, ReadOnlySpan<bool> taken, List<Value> output)
    {
        int i = sentence.Start;
        while (i < sentence.End)
        {
            if (taken[i] || !MayStart(tokens, i))
            {
                i++;
                continue;
            }
            var cursor = new Cursor(tokens, sentence.Start, sentence.End, taken);
            var value = cursor.Money(i) ?? cursor.Percent(i) ?? cursor.Time(i) ?? cursor.Date(i) ?? cursor.Cardinal(i);
            if (value is { } v)
            {
                output.Add(v);
                i = v.Tokens.End;
            }
            else i++;
        }
    }

    private static bool MayStart(TokenLayer tokens, int i)
    {
        var kind = tokens.KindAt(i);
        if (kind is TokenKind.Number or TokenKind.Symbol) return true;
        var w = tokens.TextAt(i);
        return ValueWords.CanStart(w) || (w.Contains('-') && ValueWords.IsDurationAdjective(w));
    }

    /// <summary>Reads tokens up to the sentence end, stopping at tokens that belong to names.</summary>
    private readonly ref struct Cursor(TokenLayer tokens, int start, int end, ReadOnlySpan<bool> taken)
    {
        private readonly ReadOnlySpan<bool> _taken = taken;

        private bool Has(int i) => i < end && i >= start && !_taken[i];
        private ReadOnlySpan<char> W(int i) => Has(i) ? tokens.TextAt(i) : default;
        private bool IsNumber(int i) => Has(i) && tokens.KindAt(i) == TokenKind.Number && !W(i).Contains(':');
        private bool Is(int i, string word) => W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        /// <summary>A number with any scale words after it ("2 billion", "two hundred"); returns the end, or -1.</summary>
        private int Amount(int i)
        {
            if (!IsNumber(i) && !(Has(i) && ValueWords.IsNumberWord(W(i)))) return -1;
            int j = i + 1;
            while (Has(j) && (ValueWords.IsScale(W(j)) || (ValueWords.IsNumberWord(W(j)) && !IsNumber(j)))) j++;
            return j;
        }

        public Value? Money(int i)
        {
            int first = i;
            if (Is(i, "US") && W(i + 1) is "$") i++;
            if (ValueWords.IsCurrencySymbol(W(i)))
            {
                int last = Amount(i + 1);
                return last > 0 ? new Value(new TokenRange(first, last), EntityType.Money) : null;
            }
            int after = Amount(i);
            if (after > 0 && ValueWords.IsCurrencyWord(W(after))) return new Value(new TokenRange(i, after + 1), EntityType.Money);
            return null;
        }

        public Value? Percent(int i)
        {
            int after = Amount(i);
            if (after < 0) return null;
            if (ValueWords.IsPercentWord(W(after))) return new Value(new TokenRange(i, after + 1), EntityType.Percent);
            if (Is(after, "per") && Is(after + 1, "cent")) return new Value(new TokenRange(i, after + 2), EntityType.Percent);
            return null;
        }

        public Value? Time(int i)
        {
            var w = W(i);
            if (w.IsEmpty) return null;
            if (tokens.KindAt(i) == TokenKind.Number && w.Contains(':'))
                return new Value(new TokenRange(i, ValueWords.IsTimeWord(W(i + 1)) ? i + 2 : i + 1), EntityType.Time);
            if (IsNumber(i) && (Is(i + 1, "a.m.") || Is(i + 1, "p.m.")))
                return new Value(new TokenRange(i, i + 2), EntityType.Time);
            if (Is(i, "noon") || Is(i, "midnight") || Is(i, "tonight")) return new Value(new TokenRange(i, i + 1), EntityType.Time);
            if ((ValueWords.IsDateDeterminer(w) || ValueWords.IsWeekday(w) || Is(i, "yesterday") || Is(i, "tomorrow")) && ValueWords.IsDayPart(W(i + 1)))
                return new Value(new TokenRange(i, i + 2), EntityType.Time);
            return null;
        }

        public Value? Date(int i)
        {
            var w = W(i);
            if (w.IsEmpty) return null;
            int end = -1;
            if (ValueWords.IsMonth(w)) end = MonthDate(i);
            else if (ValueWords.IsWeekday(w)) end = i + 1;
            else if (ValueWords.IsDayWord(w) || ValueWords.IsDurationAdjective(w)) end = i + 1;
            else if (IsNumber(i) && ValueWords.IsYear(w)) end = i + 1;
            else if (IsNumber(i) && ValueWords.IsMonth(W(i + 1))) end = MonthDate(i + 1);
            else end = RelativeDate(i);
            if (end < 0) return null;
            int first = i;
            // "the past several weeks", "the 1990s": the article belongs to the date.
            if (Is(i - 1, "the") && !ValueWords.IsMonth(w) && !ValueWords.IsWeekday(w)) first = i - 1;
            return new Value(new TokenRange(first, end), EntityType.Date);
        }

        /// <summary>"November 8, 2021", "November 2021", "November 8", "November".</summary>
        private int MonthDate(int i)
        {
            int j = i + 1;
            if (IsNumber(j) && W(j).Length <= 2) j++;
            if (W(j) is "," && IsNumber(j + 1) && ValueWords.IsYear(W(j + 1))) return j + 2;
            if (IsNumber(j) && ValueWords.IsYear(W(j))) return j + 1;
            return j;
        }

        /// <summary>"last week", "past several weeks", "a few weeks ago", "three years ago", "next year".</summary>
        private int RelativeDate(int i)
        {
            int j = i;
            bool determiner = ValueWords.IsDateDeterminer(W(j));
            if (determiner) j++;
            else if (Is(j, "a") || Is(j, "an")) j++;
            while (Has(j) && (ValueWords.IsVague(W(j)) || IsNumber(j) || ValueWords.IsNumberWord(W(j)) || Is(j, "of"))) j++;
            if (!Has(j) || !ValueWords.IsDateUnit(W(j))) return -1;
            if (Is(j + 1, "ago")) return j + 2;
            return determiner ? j + 1 : -1;
        }

        public Value? Cardinal(int i)
        {
            if (!IsNumber(i) && !(Has(i) && ValueWords.IsNumberWord(W(i)) && !ValueWords.IsScale(W(i)))) return null;
            int end = Amount(i);
            return end > 0 ? new Value(new TokenRange(i, end), EntityType.Cardinal) : null;
        }
    }
}
