namespace ArabicEventExtraction.Numbers;

/// <summary>
/// Reads the longest number phrase starting at an atom. Grammar (all parts separated by spaces only):
/// <code>
/// number := group ("و" group)* ("و" fraction scale-definite?)?
///           each joined group has a smaller scale than the one before; the fraction is of the last scale
/// group  := digits scale? | small scale? | fraction scale | scale | scale-dual
/// small  := hundreds ("و" tens)? | tens
/// tens   := ten | unit "و" ten | unit عشر | teen-first عشر | teen-first "و" ten | unit
/// vague  := vague (scale-plural | vague-scale)? | scale-plural | vague-scale
/// </code>
/// </summary>
internal sealed class NumberPhraseParser(IReadOnlyList<NumberAtom> atoms)
{
    private const decimal FractionDenominator = 1_000_000m;

    public NumberPhrase? ReadAt(int i)
    {
        var first = atoms[i];
        if (first.Kind == NumberAtomKind.Conjunction) return null;
        return ReadNumber(i) ?? ReadVague(i) ?? ReadDual(i);
    }

    /// <summary>Index after an ordinal and the عشر/عشرة that completes it ("الرابعة عشرة"), or i.</summary>
    public int SkipOrdinal(int i)
    {
        if (atoms[i].WordKind != NumberWordKind.Ordinal) return i;
        return Plain(i + 1) is { WordKind: NumberWordKind.Unit, Word.Value: 10 } ? i + 2 : i + 1;
    }

    private NumberPhrase? ReadNumber(int i)
    {
        if (ReadGroup(i) is not { } group) return null;
        var total = group;
        while (total.Scale > 1 && AfterConjunction(total.End) is { } next && ReadGroup(next) is { } more
               && more.Scale < total.Scale && more.Value < total.Scale)
        {
            total = new NumberPart(total.Value + more.Value, more.Scale, more.End,
                total.HasDigits || more.HasDigits, total.HasWords || more.HasWords, total.HadFraction || more.HadFraction);
        }
        if (total.Scale > 1 && AfterConjunction(total.End) is { } half && atoms[half].WordKind == NumberWordKind.Fraction
            && ScaleAt(half + 1) is null)
        {
            // "مليون ونصف (المليون)": half of the last scale; "ألف ونصف المليون" is not 1500.
            var named = Plain(half + 1) is { WordKind: NumberWordKind.ScaleDefinite } definite ? definite.Word!.Value : (long?)null;
            if (named is null || named == total.Scale)
            {
                var end = named is null ? half + 1 : half + 2;
                total = total with { Value = total.Value + atoms[half].Word!.Value / FractionDenominator * total.Scale, End = end, HadFraction = true };
            }
        }
        var form = total.HasDigits ? (total.HasWords ? NumberForm.Mixed : NumberForm.Digits) : NumberForm.Words;
        return new NumberPhrase(i, total.End, total.Value, form) { HadFraction = total.HadFraction };
    }

    private NumberPart? ReadGroup(int i)
    {
        var a = atoms[i];
        if (a.Kind == NumberAtomKind.Digits)
        {
            if (ScaleAt(i + 1) is { } scale)
                return new NumberPart(a.Digits * scale, scale, i + 2, true, true, a.HadFraction);
            return new NumberPart(a.Digits, 1, i + 1, true, false, a.HadFraction);
        }
        switch (a.WordKind)
        {
            case NumberWordKind.Scale:
                return new NumberPart(a.Word!.Value, a.Word.Value, i + 1, false, true, false);
            case NumberWordKind.ScaleDual:
                return new NumberPart(a.Word!.Value, a.Word.Value / 2, i + 1, false, true, false);
            case NumberWordKind.Fraction:
                return ScaleAt(i + 1) is { } whole
                    ? new NumberPart(a.Word!.Value / FractionDenominator * whole, whole, i + 2, false, true, true)
                    : null;
        }
        if (ReadSmall(i) is not { } small) return null;
        if (ScaleAt(small.End) is { } multiplier)
            return small with { Value = small.Value * multiplier, Scale = multiplier, End = small.End + 1 };
        return small;
    }

    private NumberPart? ReadSmall(int i)
    {
        var a = atoms[i];
        decimal hundreds = 0;
        var end = i;
        if (a.WordKind == NumberWordKind.Hundred)
        {
            hundreds = a.Word!.Value;
            end = i + 1;
        }
        else if (a.WordKind == NumberWordKind.Unit && a.Word!.Value is >= 1 and <= 9
                 && Plain(i + 1) is { WordKind: NumberWordKind.Hundred, Word.Value: 100 })
        {
            hundreds = a.Word.Value * 100;
            end = i + 2;
        }
        if (hundreds == 0) return ReadTens(i);
        if (AfterConjunction(end) is { } next && ReadTens(next) is { } tens)
            return tens with { Value = hundreds + tens.Value };
        return new NumberPart(hundreds, 1, end, false, true, false);
    }

    private NumberPart? ReadTens(int i)
    {
        var a = atoms[i];
        if (a.Kind != NumberAtomKind.Word) return null;
        var word = a.Word!;
        if (word.Kind == NumberWordKind.Ten) return Words(word.Value, i + 1);
        var isUnit = word.Kind == NumberWordKind.Unit;
        if (!isUnit && word.Kind != NumberWordKind.TeenFirst) return null;
        if (word.Value <= 9)
        {
            if (Plain(i + 1) is { WordKind: NumberWordKind.Unit, Word.Value: 10 })
                return Words(10 + word.Value, i + 2);
            if (AfterConjunction(i + 1) is { } next && atoms[next].WordKind == NumberWordKind.Ten)
                return Words(word.Value + atoms[next].Word!.Value, next + 1);
        }
        return isUnit ? Words(word.Value, i + 1) : null;
    }

    private NumberPhrase? ReadVague(int i)
    {
        var word = atoms[i].Word;
        if (word is null) return null;
        switch (word.Kind)
        {
            case NumberWordKind.Vague:
                if (Plain(i + 1) is { WordKind: NumberWordKind.ScalePlural or NumberWordKind.VagueScale } scaleAtom)
                {
                    // عشرات الآلاف reaches 99,999, not 99,000: the tail below the scale is unknown too.
                    var magnitude = scaleAtom.Word!.Value;
                    return Vague(i, i + 2, word.Low * magnitude, (word.High + 1) * magnitude - 1);
                }
                return Vague(i, i + 1, word.Low, word.High);
            case NumberWordKind.ScalePlural or NumberWordKind.VagueScale:
                return Vague(i, i + 1, word.Low, word.High);
            default:
                return null;
        }
    }

    private NumberPhrase? ReadDual(int i) =>
        atoms[i].WordKind == NumberWordKind.Dual ? new NumberPhrase(i, i + 1, 2, NumberForm.Dual) : null;

    private static NumberPhrase Vague(int first, int end, long low, long high) =>
        new(first, end, null, NumberForm.Vague) { Low = low, High = high };

    private static NumberPart Words(decimal value, int end) => new(value, 1, end, false, true, false);

    /// <summary>Magnitude of a scale word right after atom i-1 (ألف, آلاف, مليون...), or null.</summary>
    private decimal? ScaleAt(int i) =>
        Plain(i) is { WordKind: NumberWordKind.Scale or NumberWordKind.ScalePlural } scale ? scale.Word!.Value : null;

    /// <summary>The atom at i when it directly follows the previous one with no conjunction.</summary>
    private NumberAtom? Plain(int i) =>
        i < atoms.Count && atoms[i] is { Joined: true, HasConjunction: false } a && a.Kind != NumberAtomKind.Conjunction ? a : null;

    /// <summary>Index of the atom after a "و" at i (free-standing or prefixed), or null.</summary>
    private int? AfterConjunction(int i)
    {
        if (i >= atoms.Count || !atoms[i].Joined) return null;
        if (atoms[i].HasConjunction) return i;
        if (atoms[i].Kind == NumberAtomKind.Conjunction && i + 1 < atoms.Count
            && atoms[i + 1] is { Joined: true, HasConjunction: false, Kind: not NumberAtomKind.Conjunction })
            return i + 1;
        return null;
    }
}
