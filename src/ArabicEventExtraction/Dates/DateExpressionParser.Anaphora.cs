namespace ArabicEventExtraction.Dates;

/// <summary>Dates counted from another date of the text: "اليوم التالي", "الشهر نفسه", "قبل يومين من الانتخابات التي جرت في 12 مايو".</summary>
public sealed partial class DateExpressionParser
{
    // "اليوم نفسه", "الشهر ذاته", "اليوم التالي", "العام التالي", "اليوم السابق", "نفس اليوم", "ذات الشهر"
    private ParsedReference? ParseAnaphor(int i)
    {
        if (i >= _t.Count) return null;
        var before = _lex.Cue(_t, i, CueRole.SameDay);
        if (before >= 0 && i + 1 < _t.Count && !_t[i + 1].StartsLine && _lex.AnaphoricUnits.Match(_t, i + 1, allowClitics: false) is { } afterSame)
            return Anaphor(afterSame.Value, 0, _t[i].Start + before, afterSame.Next);
        if (_lex.AnaphoricUnits.Match(_t, i) is not { } u || u.Next >= _t.Count || _t[u.Next].StartsLine || !_t[u.Next].IsWord) return null;
        var word = _t[u.Next].Text;
        int? offset = _lex.Is(word, CueRole.SameRef) ? 0 : _lex.Is(word, CueRole.NextRef) ? 1
            : _lex.Is(word, CueRole.PrevRef) && u.Value == CalendarUnit.Day ? -1 : null;
        return offset is { } n ? Anaphor(u.Value, n, _t[i].Start + u.PrefixLength, u.Next + 1) : null;
    }

    private static ParsedReference Anaphor(CalendarUnit unit, int offset, int start, int next) =>
        new(new DateReference(DateReferenceKind.Anaphoric) { Unit = unit, Amount = offset }, start, next);

    // "بعد ثلاثة أيام من الهجوم الذي وقع في 5 مارس 2017"
    private (DateExpression, int)? ParseAfterEvent(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.After);
        var j = i + 1;
        if (prefix >= 0 && j < _t.Count && _t[j].IsWord && _lex.Is(_t[j].Text, CueRole.Passing)) j++;
        if (prefix < 0 || ParseDuration(j) is not { } d || _lex.Cue(_t, d.Next, CueRole.From) != 0 && _lex.Cue(_t, d.Next, CueRole.On) != 0) return null;
        return ShiftedFromEvent(_t[i].Start + prefix, d, +1);
    }

    /// <summary>
    /// "قبل يومين من الانتخابات التي جرت في 12 مايو": the amount counted from the event's date when
    /// a few words after من give it; otherwise nothing, as the event's date is unknown.
    /// </summary>
    private (DateExpression, int)? ShiftedFromEvent(int start, ParsedReference duration, int sign)
    {
        if (duration.Reference.Amount is not { } amount || ParseEventThenDate(duration.Next + 1) is not { } date) return null;
        // Only a calendar date with its year dates the event: "بعد مرور 9 أعوام على غياب الاثنين" is no
        // weekday, and "بعد خمس سنوات على أحداث 11 سبتمبر" must not count from the latest 11 September.
        if (date.Reference is not { Kind: DateReferenceKind.Calendar, Year: not null }) return null;
        var shifted = date.Reference with { Shift = sign * amount, ShiftUnit = duration.Reference.Unit };
        return (Expression(start, date.Next, DateMentionKind.Point, shifted), date.Next);
    }
}
