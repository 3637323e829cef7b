namespace ArabicEventExtraction.Dates;

/// <summary>A war or conflict so far, counted back from the publication date.</summary>
public sealed partial class DateExpressionParser
{
    // "بعد سبع سنوات من الحرب", "خلال ثماني سنوات من الصراع", "ستة أعوام من الحرب": only after a
    // conflict noun (Resources/Dates/conflict_nouns.txt); "بعد ثلاث سنوات من اعتقاله" is no period.
    private (DateExpression, int)? ParseConflictSoFar(int i)
    {
        var cue = _lex.Cue(_t, i, CueRole.After);
        if (cue < 0) cue = _lex.Cue(_t, i, CueRole.Within);
        var j = cue >= 0 ? i + 1 : i;
        if (cue >= 0 && j < _t.Count && _t[j].IsWord && _lex.Is(_t[j].Text, CueRole.Passing)) j++;
        if (ParseDuration(j) is not { Reference.Amount: not null } d || ConflictNounAfter(d.Next) is not { } end) return null;
        var reference = new DateReference(DateReferenceKind.ConflictSoFar) { Unit = d.Reference.Unit, Amount = d.Reference.Amount };
        return (Expression(cue >= 0 ? _t[i].Start + cue : d.SpanStart, end, DateMentionKind.Period, reference), end);
    }

    // "في السنة الثامنة للحرب", "العام الخامس من النزاع": the conflict began N−1 years before publication.
    private (DateExpression, int)? ParseConflictYear(int i)
    {
        if (_lex.UnitNouns.Match(_t, i) is not { Value: { Unit: CalendarUnit.Year, Count: 1 } } u) return null;
        var ordinal = _lex.OrdinalDays.Match(_t, u.Next, allowClitics: false) ?? _lex.FeminineOrdinals.Match(_t, u.Next, allowClitics: false);
        if (ordinal is not { } o || o.Value < 1 || ConflictNounAfter(o.Next) is not { } end) return null;
        var reference = new DateReference(DateReferenceKind.ConflictSoFar) { Unit = CalendarUnit.Year, Amount = o.Value - 1 };
        return (Expression(_t[i].Start + u.PrefixLength, end, DateMentionKind.Period, reference), end);
    }

    // "دخلت الحرب عامها الثامن", "دخلت الأزمة السورية عامها الثامن"
    private (DateExpression, int)? ParseConflictEntering(int i)
    {
        if (_lex.ConflictNouns.Match(_t, i) is not { } noun) return null;
        var k = noun.Next;
        if (k < _t.Count && _t[k].IsWord && !_lex.Is(_t[k].Text, CueRole.ItsYear) && !_t[k].StartsLine) k++; // one adjective
        if (k + 1 >= _t.Count || _t[k].StartsLine || !_t[k].IsWord || !_lex.Is(_t[k].Text, CueRole.ItsYear)) return null;
        var ordinal = _lex.OrdinalDays.Match(_t, k + 1, allowClitics: false) ?? _lex.FeminineOrdinals.Match(_t, k + 1, allowClitics: false);
        if (ordinal is not { Value: >= 1 } o || _t[k + 1].StartsLine) return null;
        var reference = new DateReference(DateReferenceKind.ConflictSoFar) { Unit = CalendarUnit.Year, Amount = o.Value - 1 };
        return (Expression(_t[i].Start + noun.PrefixLength, o.Next, DateMentionKind.Period, reference), o.Next);
    }

    /// <summary>"اندلاع الحرب", "بدء الانتفاضة" at <paramref name="k"/> (after منذ, with no date): the token after the noun, else null.</summary>
    private int? ConflictOnset(int k)
    {
        if (k + 1 >= _t.Count || !_t[k].IsWord || !_lex.Is(_t[k].Text, CueRole.Onset) || _t[k + 1].StartsLine) return null;
        return _lex.ConflictNouns.Match(_t, k + 1, allowClitics: false) is { } noun ? noun.Next : null;
    }

    /// <summary>"من الحرب", "على اندلاع الحرب" or "للحرب" at <paramref name="k"/>: the token after the conflict noun, else null.</summary>
    private int? ConflictNounAfter(int k)
    {
        if (k >= _t.Count || _t[k].StartsLine) return null;
        if (_lex.Cue(_t, k, CueRole.From) == 0 || _lex.Cue(_t, k, CueRole.On) == 0)
        {
            var n = k + 1;
            if (n < _t.Count && _t[n].IsWord && _lex.Is(_t[n].Text, CueRole.Onset)) n++;
            return n < _t.Count && !_t[n].StartsLine && _lex.ConflictNouns.Match(_t, n, allowClitics: false) is { } noun ? noun.Next : null;
        }
        return _t[k].Text[0] == 'ل' && _lex.ConflictNouns.Match(_t, k) is { PrefixLength: > 0 } withLam ? withLam.Next : null;
    }
}
