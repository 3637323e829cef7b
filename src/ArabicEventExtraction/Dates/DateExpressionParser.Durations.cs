namespace ArabicEventExtraction.Dates;

/// <summary>Durations: stretches up to publication ("خلال الساعات الماضية") and amounts ago ("قبل يومين").</summary>
public sealed partial class DateExpressionParser
{
    // "خلال الساعات الماضية", "في الـ24 ساعة الأخيرة", "خلال الأسبوع الماضي"
    private (DateExpression, int)? ParseWithin(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.Within);
        if (prefix < 0) prefix = _lex.Cue(_t, i, CueRole.In);
        if (prefix < 0) return null;
        // "خلال السنوات السبع" names the stretch up to publication even without "الماضية".
        if (ParseRecent(i + 1, relationOptional: _lex.Cue(_t, i, CueRole.Within) >= 0) is { } r)
            return (Expression(_t[i].Start + prefix, r.Next, DateMentionKind.Period, r.Reference), r.Next);
        if (_lex.Cue(_t, i, CueRole.Within) < 0) return null;
        if (ParseRelativeUnit(i + 1) is { } u && u.Reference.Relation == TemporalRelation.Past)
            return (Expression(_t[i].Start + prefix, u.Next, DateMentionKind.Period, u.Reference), u.Next);
        // "قتل ألف مدني خلال 3 أسابيع": a stretch of that length up to the publication date.
        if (CountsItsUnit(i + 1) && ParseDuration(i + 1) is { Reference.Amount: not null } d)
        {
            var stretch = d.Reference with { Kind = DateReferenceKind.Recent };
            return (Expression(_t[i].Start + prefix, d.Next, DateMentionKind.Period, stretch), d.Next);
        }
        return null;
    }

    /// <summary>A number, a number word or a dual unit ("3 أسابيع", "ثلاثة أيام", "يومين"), not a bare "شهر".</summary>
    private bool CountsItsUnit(int i) =>
        i < _t.Count && (_t[i].IsNumber || _lex.CountWords.Match(_t, i, allowClitics: false) is not null
            || _lex.Units.Match(_t, i, allowClitics: false) is { Value.Count: 2 });

    // "قبل يومين", "قبل ثلاثة أيام", "قبل نحو أسبوع"
    private (DateExpression, int)? ParseAgo(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.Ago);
        if (prefix < 0 || ParseDuration(i + 1) is not { } d) return null;
        // "قبل يومين من الهجوم" counts from another event, not from the publication date.
        if (_lex.Cue(_t, d.Next, CueRole.From) == 0) return ShiftedFromEvent(_t[i].Start + prefix, d, -1);
        return (Expression(_t[i].Start + prefix, d.Next, DateMentionKind.Point, d.Reference), d.Next);
    }

    /// <summary>"قبل يومين" after منذ + event words: the onset an amount before publication.</summary>
    private ParsedReference? ParseAmountAgo(int k)
    {
        var prefix = _lex.Cue(_t, k, CueRole.Ago);
        if (prefix < 0 || _t[k].StartsLine || ParseDuration(k + 1) is not { Reference.Amount: not null } d) return null;
        if (_lex.Cue(_t, d.Next, CueRole.From) == 0) return null;
        return d with { SpanStart = _t[k].Start + prefix };
    }

    // "الساعات الماضية", "الـ24 ساعة الماضية", "اليومين الماضيين", "الأيام الثلاثة الماضية", "الأيام القليلة الماضية"
    private ParsedReference? ParseRecent(int i, bool relationOptional = false)
    {
        if (i >= _t.Count) return null;
        // "الأشهر الستة الأخيرة من عام 2018" is a part of a named year (period_parts.tsv), not a stretch to publication.
        if (_lex.Parts.Match(_t, i) is { } part && _lex.Cue(_t, part.Next, CueRole.From) == 0) return null;
        int? amount;
        CalendarUnit unit;
        int k;
        var start = _t[i].Start;
        if (_t[i].Text is "ال" && i + 2 < _t.Count && _t[i + 1].IsNumber && _lex.Units.Match(_t, i + 2, allowClitics: false) is { } numbered)
        {
            (unit, amount, k) = (numbered.Value.Unit, int.Parse(_t[i + 1].Text.Length <= 4 ? _t[i + 1].Text : "0"), numbered.Next);
        }
        else if (_lex.UnitNouns.Match(_t, i) is { } noun && noun.Value.Count != 1)
        {
            start += noun.PrefixLength;
            (unit, amount, k) = (noun.Value.Unit, noun.Value.Count, noun.Next);
            if (k < _t.Count && _t[k].Text is "ال" && k + 1 < _t.Count && _t[k + 1].IsNumber) { amount = int.Parse(_t[k + 1].Text.Length <= 4 ? _t[k + 1].Text : "0"); k += 2; }
            else if ((_lex.CountWords.Match(_t, k, allowClitics: false) ?? _lex.CountWords.Match(_t, k, allowClitics: true)) is { } count) { amount = count.Value; k = count.Next; }
            else if (k < _t.Count && _lex.Is(_t[k].Text, CueRole.Few)) k++;
        }
        else return null;
        var reference = new DateReference(DateReferenceKind.Recent) { Unit = unit, Amount = amount };
        var relation = k >= _t.Count || _t[k].StartsLine ? null : _lex.Relations.Match(_t, k, allowClitics: false);
        if (relation is { Value: not TemporalRelation.Past }) return null; // "خلال السنوات الأربع المقبلة"
        if (relation is not { } past)
            // "خلال الأشهر الستة الأولى من عام 2019" is a part of a named year, not a stretch to publication.
            return relationOptional && amount is > 1 && k > i + 1 && (k >= _t.Count || !_lex.Is(_t[k].Text, CueRole.NotStretchAfter)) ? new ParsedReference(reference, start, k) : null;
        return new ParsedReference(reference, start, past.Next);
    }

    // "يومين", "ثلاثة أيام", "3 أيام", "نحو أسبوع", "أكثر من عامين", "بضعة أشهر", "أيام"
    private ParsedReference? ParseDuration(int i)
    {
        var j = i;
        if (j < _t.Count && _lex.Is(_t[j].Text, CueRole.Approx)) j++;
        else if (j + 1 < _t.Count && _lex.Is(_t[j].Text, CueRole.More) && _lex.Is(_t[j + 1].Text, CueRole.From)) j += 2;
        if (j >= _t.Count) return null;
        int? amount = null;
        var few = false;
        var counted = false;
        if (_t[j].IsNumber && _t[j].Text.Length <= 3) { amount = int.Parse(_t[j].Text); counted = true; j++; }
        else if (_lex.CountWords.Match(_t, j, allowClitics: false) is { } c) { amount = c.Value; counted = true; j = c.Next; }
        else if (_lex.Is(_t[j].Text, CueRole.Few)) { few = true; j++; }
        if (_lex.Units.Match(_t, j, allowClitics: false) is not { } u) return null;
        if (counted && u.Value.Count is not null && u.Value.Count != 1) return null;
        var next = u.Next;
        // "منذ عام 2011", "منذ يوم الجمعة", "منذ شهر رمضان": the unit word introduces a date, not an amount.
        if (!counted && !few && j == i && u.Value.Count == 1 && IntroducesDate(next)) return null;
        if (!counted && !few && u.Value.Count is null)
        {
            // "أيام قليلة" is vague; a bare plural ("منذ أيام") too.
            if (next < _t.Count && _lex.Is(_t[next].Text, CueRole.Few)) next++;
            few = true;
        }
        amount = counted ? amount : few ? null : u.Value.Count;
        var reference = new DateReference(DateReferenceKind.Ago) { Unit = u.Value.Unit, Amount = amount };
        return new ParsedReference(reference, _t[i].Start, next);
    }

    private bool IntroducesDate(int k) =>
        k < _t.Count && !_t[k].StartsLine
        && (_t[k].IsNumber || _lex.Months.Match(_t, k, allowClitics: false) is not null || _lex.Weekdays.Match(_t, k, allowClitics: false) is not null
            || _lex.RelativeDays.Match(_t, k, allowClitics: false) is not null);
}
