namespace ArabicEventExtraction.Dates;

/// <summary>Lists of years: the span from the first year to the last, as for "عامي 2015 و2016".</summary>
public sealed partial class DateExpressionParser
{
    // "عامي 2015 و2016", "الأعوام 2014 و2015 و2016", "السنوات 2015، 2016 و2017"
    private (DateExpression, int)? ParseYearList(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.Years);
        if (prefix < 0 || ParseYearNumber(i + 1) is not { } first || MoreYears(first) is not { } last) return null;
        return (Expression(_t[i].Start + prefix, last.Next, DateMentionKind.Period, first.Reference, last.Reference), last.Next);
    }

    // "شهري يونيو ويوليو", "شهري يناير ومارس الماضيين"
    private (DateExpression, int)? ParseMonthPair(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.Months);
        if (prefix < 0 || ParseMonthName(i + 1, cued: true) is not { } first) return null;
        var k = first.Next;
        if (k + 1 >= _t.Count || !_t[k].IsWord || _t[k].Text[0] != 'و' || _t[k].StartsLine) return null;
        if (_t[k].Text == "و") k++;
        if (ParseMonthName(k, cued: true) is not { } second || second.Reference.IsHijri != first.Reference.IsHijri) return null;
        var from = first.Reference.Relation == TemporalRelation.None && first.Reference.Year is null ? first.Reference with { Relation = second.Reference.Relation } : first.Reference;
        return (Expression(_t[i].Start + prefix, second.Next, DateMentionKind.Period, from, second.Reference), second.Next);
    }

    // "يومي السبت والأحد"
    private (DateExpression, int)? ParseWeekdayPair(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.Days);
        if (prefix < 0 || ParseWeekday(i + 1) is not { } first) return null;
        var k = first.Next;
        if (k + 1 >= _t.Count || !_t[k].IsWord || _t[k].Text[0] != 'و' || _t[k].StartsLine) return null;
        if (_t[k].Text == "و") k++;
        if (ParseWeekday(k) is not { } second) return null;
        return (Expression(_t[i].Start + prefix, second.Next, DateMentionKind.Period, first.Reference, second.Reference), second.Next);
    }

    /// <summary>The last of one or more later years joined to <paramref name="first"/> by "و" or a comma; null when none follows.</summary>
    private ParsedReference? MoreYears(ParsedReference first)
    {
        ParsedReference? last = null;
        var previous = first;
        while (true)
        {
            var j = previous.Next;
            if (j < _t.Count && _t[j].IsPunctuation(',')) j++;
            if (j < _t.Count && _t[j].Text == "و") j++;
            if (j == previous.Next || j >= _t.Count || _t[j].StartsLine) return last;
            if (ParseYearNumber(j) is not { } year || year.Reference.Year <= previous.Reference.Year) return last;
            last = previous = year;
        }
    }

    private static bool IsBareYear(DateReference r) =>
        r is { Kind: DateReferenceKind.Calendar, Year: not null, Month: null, Day: null, IsHijri: false, Part: PeriodPart.Whole };
}
