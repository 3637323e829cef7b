namespace ArabicEventExtraction.Numbers;

/// <summary>
/// Cuts normalized text into the atoms a number phrase is built from: digit groups (with thousands
/// separators or a decimal point), lexicon words and the conjunction "و". Every other word is skipped;
/// it still breaks a phrase because <see cref="NumberAtom.Joined"/> only allows spaces in between.
/// </summary>
internal sealed class NumberAtomizer(NumberLexicon lexicon)
{
    private const char Conjunction = 'و';
    private const int MaxIntegerDigits = 18;

    public List<NumberAtom> Atomize(string text)
    {
        var atoms = new List<NumberAtom>();
        var lastEnd = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i = ReadDigits(text, i, atoms, ref lastEnd);
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                AddWord(text, start, i, atoms, ref lastEnd);
            }
            else
            {
                i++;
            }
        }
        return atoms;
    }

    private void AddWord(string text, int start, int end, List<NumberAtom> atoms, ref int lastEnd)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length == 1 && word[0] == Conjunction)
        {
            atoms.Add(new NumberAtom(NumberAtomKind.Conjunction, start, end) { Joined = IsJoined(text, lastEnd, start) });
            lastEnd = end;
            return;
        }
        var entry = lexicon.Find(word);
        var hasConjunction = false;
        if (word.Length > 2 && word[0] == Conjunction)
        {
            // "وأحد" folds to "واحد" (one): after a number ("مئة وأحد عشر") it is و + أحد.
            var withoutConjunction = lexicon.Find(word[1..]);
            if (withoutConjunction is not null && (entry is null || FollowsNumber(text, atoms, lastEnd, start)))
            {
                entry = withoutConjunction;
                hasConjunction = true;
            }
        }
        if (entry is null) return;
        atoms.Add(new NumberAtom(NumberAtomKind.Word, hasConjunction ? start + 1 : start, end)
        {
            Word = entry,
            HasConjunction = hasConjunction,
            Joined = IsJoined(text, lastEnd, start),
        });
        lastEnd = end;
    }

    private static bool FollowsNumber(string text, List<NumberAtom> atoms, int lastEnd, int start) =>
        atoms.Count > 0 && IsJoined(text, lastEnd, start) && atoms[^1] switch
        {
            { Kind: NumberAtomKind.Digits } => true,
            { WordKind: NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Hundred
                or NumberWordKind.Scale or NumberWordKind.ScaleDual or NumberWordKind.ScalePlural } => true,
            _ => false,
        };

    /// <summary>Reads a run of digits and separators and adds one atom per number it holds.</summary>
    private int ReadDigits(string text, int start, List<NumberAtom> atoms, ref int lastEnd)
    {
        var end = start;
        var commas = 0;
        var dots = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c)) { end++; continue; }
            if (c is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]) && end > start)
            {
                if (c == ',') commas++; else dots++;
                end++;
                continue;
            }
            break;
        }
        if (IsInsideLatinCode(text, start, end)) return end;

        var run = text.AsSpan(start, end - start);
        if (commas + dots == 0)
        {
            AddDigits(text, start, end, DotMeaning.None, atoms, ref lastEnd);
            return end;
        }
        var groups = SplitGroups(run);
        var meaning = ReadSeparators(text, end, groups, commas, dots);
        if (meaning is { } dot)
        {
            AddDigits(text, start, end, dot, atoms, ref lastEnd);
            return end;
        }
        // Separators that do not make one number ("3,4", "12.5.2023"): each piece on its own.
        var pieceStart = start;
        for (var k = start; k <= end; k++)
        {
            if (k < end && char.IsAsciiDigit(text[k])) continue;
            AddDigits(text, pieceStart, k, DotMeaning.None, atoms, ref lastEnd);
            pieceStart = k + 1;
        }
        return end;
    }

    /// <summary>How the dots of a run read when the run is one number; null when it is several numbers.</summary>
    private DotMeaning? ReadSeparators(string text, int end, List<string> groups, int commas, int dots)
    {
        if (dots == 0 && commas == 1 && groups[1].Length <= 2 && ScaleFollows(text, end)) return DotMeaning.DecimalComma;
        if (dots == 0) return HasThousandsShape(groups) ? DotMeaning.None : null;
        if (commas == 0 && dots >= 2) return HasThousandsShape(groups) ? DotMeaning.Thousands : null;
        if (dots != 1) return null;
        if (commas == 0)
        {
            // "10.000" is ten thousand, but "1.500 مليون" is one and a half million.
            var looksLikeThousands = groups[1].Length == 3 && groups[0].Length <= 3 && groups[0] != "0";
            return looksLikeThousands && !ScaleFollows(text, end) ? DotMeaning.Thousands : DotMeaning.Decimal;
        }
        // "1,234.5": the point must come last, after well-formed thousands groups.
        var pointIsLast = text[end - groups[^1].Length - 1] == '.';
        return pointIsLast && HasThousandsShape(groups[..^1]) ? DotMeaning.Decimal : null;
    }

    private static List<string> SplitGroups(ReadOnlySpan<char> run)
    {
        var groups = new List<string>(4);
        foreach (var range in run.SplitAny(",."))
            groups.Add(run[range].ToString());
        return groups;
    }

    private static bool HasThousandsShape(List<string> groups)
    {
        if (groups.Count < 2 || groups[0].Length is < 1 or > 3) return false;
        for (var g = 1; g < groups.Count; g++)
            if (groups[g].Length != 3) return false;
        return true;
    }

    private bool ScaleFollows(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        var wordStart = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return lexicon.Find(text.AsSpan(wordStart, i - wordStart)) is { Kind: NumberWordKind.Scale or NumberWordKind.ScalePlural };
    }

    private static void AddDigits(string text, int start, int end, DotMeaning dot, List<NumberAtom> atoms, ref int lastEnd)
    {
        if (end <= start) return;
        decimal value = 0;
        decimal fractionScale = 0;
        var integerDigits = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if ((c == '.' && dot == DotMeaning.Decimal) || (c == ',' && dot == DotMeaning.DecimalComma))
            {
                fractionScale = 1;
                continue;
            }
            if (!char.IsAsciiDigit(c)) continue;
            var digit = c - '0';
            if (fractionScale == 0)
            {
                if (++integerDigits > MaxIntegerDigits) return;
                value = value * 10 + digit;
            }
            else if (fractionScale > 0.000001m)
            {
                fractionScale /= 10;
                value += digit * fractionScale;
            }
        }
        atoms.Add(new NumberAtom(NumberAtomKind.Digits, start, end)
        {
            Digits = value,
            HadFraction = value != decimal.Truncate(value),
            Joined = IsJoined(text, lastEnd, start),
        });
        lastEnd = end;
    }

    private static bool IsInsideLatinCode(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        if (before == '-' && start > 1) before = text[start - 2];
        var after = end < text.Length ? text[end] : ' ';
        return char.IsAsciiLetter(before) || char.IsAsciiLetter(after);
    }

    private static bool IsJoined(string text, int lastEnd, int start)
    {
        for (var k = lastEnd; k < start; k++)
            if (text[k] is not (' ' or '\t')) return false;
        return true;
    }
}
