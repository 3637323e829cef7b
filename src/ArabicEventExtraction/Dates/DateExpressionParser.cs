using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Dates;

/// <summary>
/// Finds temporal expressions in one text (create one per text): absolute dates, months,
/// years, parts and seasons, relative days and units, weekdays, durations ago, "منذ X",
/// and two-ended ranges. Only finds and describes; <see cref="DateResolver"/> gives values.
/// </summary>
public sealed partial class DateExpressionParser
{
    private const int MinYear = 1900, MaxYear = 2100, MinHijriYear = 1300, MaxHijriYear = 1500;

    private readonly DateLexicon _lex;
    private readonly NormalizedText _text;
    private readonly List<DateToken> _t;

    public DateExpressionParser(DateLexicon lexicon, NormalizedText text)
    {
        _lex = lexicon;
        _text = text;
        _t = DateTokenizer.Tokenize(text.Text);
    }

    public IReadOnlyList<DateToken> Tokens => _t;

    public List<DateExpression> Parse()
    {
        var found = new List<DateExpression>();
        var i = 0;
        while (i < _t.Count)
        {
            if (_lex.CanStartExpression(_t[i]) && ParseExpression(i) is { } hit)
            {
                found.Add(hit.Expression);
                i = Math.Max(hit.Next, i + 1);
            }
            else i++;
        }
        return found;
    }

    private (DateExpression Expression, int Next)? ParseExpression(int i) =>
        ParseSince(i) ?? ParseFromTo(i) ?? ParseBetween(i) ?? ParseYearList(i) ?? ParseMonthPair(i) ?? ParseWeekdayPair(i) ?? ParseConflictSoFar(i) ?? ParseConflictYear(i) ?? ParseConflictEntering(i) ?? ParseWithin(i)
        ?? ParseAgo(i) ?? ParseAfterEvent(i) ?? ParseDayList(i) ?? ParseAnniversary(i) ?? ParseSingle(i);

    // "في مثل هذا اليوم من عام 1990", "نفس اليوم من عام 1931": the publication day and month in that year.
    private (DateExpression, int)? ParseAnniversary(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.SameDay);
        if (prefix < 0) return null;
        var j = i + 1;
        if (_lex.Cue(_t, j, CueRole.This) == 0) j++;
        if (_lex.RelativeDays.Match(_t, j, allowClitics: false) is not { Value: 0 } today || _lex.Cue(_t, today.Next, CueRole.From) != 0) return null;
        if (ParseYear(today.Next + 1, cued: true) is not { Reference: { IsHijri: false, Year: { } year } } y) return null;
        var reference = new DateReference(DateReferenceKind.DctAnniversary) { Year = year };
        return (Expression(_t[i].Start + prefix, y.Next, DateMentionKind.Point, reference), y.Next);
    }

    private (DateExpression, int)? ParseSingle(int i)
    {
        if (ParsePoint(i, cued: IsCueBefore(i)) is not { } p) return null;
        // "في 2010 و2014 و2018": a list of years is the span from the first to the last.
        if (IsBareYear(p.Reference) && MoreYears(p) is { } last && EndsYearPhrase(last.Next))
            return (Expression(p.SpanStart, last.Next, DateMentionKind.Period, p.Reference, last.Reference), last.Next);
        return (Expression(p.SpanStart, p.Next, KindOf(p.Reference), p.Reference), p.Next);
    }

    // "منذ 15 نوفمبر", "منذ عامين", "منذ X حتى Y"
    private (DateExpression, int)? ParseSince(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.Since);
        if (prefix < 0) return null;
        var start = _t[i].Start + prefix;
        if (ParseDuration(i + 1) is { } d)
            return (Expression(start, d.Next, DateMentionKind.Since, d.Reference), d.Next);
        if ((ParsePoint(i + 1, cued: true) ?? ParseEventThenDate(i + 1)) is not { } first)
            return ConflictOnset(i + 1) is { } onset ? (Expression(start, onset, DateMentionKind.Since, new DateReference(DateReferenceKind.ConflictOnset)), onset) : null;
        if (ParseRangeEnd(first.Next, first.Reference) is { } second)
            return (Expression(start, second.Next, DateMentionKind.Period, first.Reference, second.Reference), second.Next);
        return (Expression(start, first.Next, DateMentionKind.Since, first.Reference), first.Next);
    }

    // "منذ بدء النزاع في مارس/آذار 2011", "منذ حرب 2014", "منذ بدء التسجيل الأسبوع الماضي":
    // an event named in a few words, then the date it started.
    private ParsedReference? ParseEventThenDate(int i)
    {
        const int maxEventWords = 7;
        for (var k = i + 1; k < _t.Count && k <= i + maxEventWords; k++)
        {
            if (_t[k].StartsLine || !_t[k - 1].IsWord) return null;
            // "منذ بدء القصف على المنطقة، قبل نحو أسبوع": the onset dated by an amount ago, after a comma.
            if (_t[k].Kind == DateTokenKind.Punctuation)
                return _t[k].IsPunctuation(',') ? ParseAmountAgo(k + 1) : null;
            if (ParseAmountAgo(k) is { } ago) return ago;
            var date = _lex.Cue(_t, k, CueRole.In) >= 0 ? ParsePoint(k + 1, cued: true) : null;
            date ??= _lex.CanStartExpression(_t[k]) ? ParsePoint(k, cued: IsCueBefore(k)) : null;
            if (date is { } d)
                return d.Reference.Kind is DateReferenceKind.Recent ? null : d;
        }
        return null;
    }

    // "من 19 إلى 25 أيلول", "من 21 مارس 2015 إلى 31 مارس 2018"
    private (DateExpression, int)? ParseFromTo(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.From);
        if (prefix < 0) return null;
        if ((ParsePoint(i + 1, cued: true) ?? ParseBareDay(i + 1)) is not { } first) return null;
        if (ParseRangeEnd(first.Next, first.Reference) is not { } second) return null;
        return (Expression(_t[i].Start + prefix, second.Next, DateMentionKind.Period, first.Reference, second.Reference), second.Next);
    }

    // "بين X و Y", "بين عامي 1980 و1988"
    private (DateExpression, int)? ParseBetween(int i)
    {
        var prefix = _lex.Cue(_t, i, CueRole.Between);
        if (prefix < 0) return null;
        var j = i + 1;
        var years = _lex.Cue(_t, j, CueRole.Years) == 0;
        if (years || _lex.Cue(_t, j, CueRole.Months) == 0) j++; // "بين شهري يناير ومارس"
        var first = years ? ParseYearNumber(j) : ParsePoint(j, cued: true) ?? ParseBareDay(j);
        if (first is not { } f || f.Next >= _t.Count || !_t[f.Next].IsWord || _t[f.Next].Text[0] != 'و' || _t[f.Next].StartsLine) return null;
        var andAlone = _t[f.Next].Text == "و";
        var k = andAlone ? f.Next + 1 : f.Next;
        var firstIsYear = f.Reference is { Kind: DateReferenceKind.Calendar, Month: null, Year: not null };
        var second = years ? ParseYearNumber(k) : ParsePoint(k, cued: true) ?? (andAlone ? ParseBareDay(k) : null) ?? (firstIsYear ? ParseYearNumber(k) : null);
        if (second is not { } t || !Compatible(f.Reference, t.Reference)) return null;
        return (Expression(_t[i].Start + prefix, t.Next, DateMentionKind.Period, f.Reference, t.Reference), t.Next);
    }

    // "في 3 و5 مايو 2013", "29 و30 أيار/مايو الماضي", "12 و13 و14 مارس"
    private (DateExpression, int)? ParseDayList(int i)
    {
        if (ParseBareDay(i) is not { } first) return null;
        var k = first.Next;
        while (k + 1 < _t.Count && _t[k].Text == "و" && !_t[k + 1].StartsLine)
        {
            if (ParseDayMonth(k + 1) is { } last)
                return (Expression(first.SpanStart, last.Next, DateMentionKind.Period, first.Reference, last.Reference), last.Next);
            if (ParseBareDay(k + 1) is not { } more) return null;
            k = more.Next;
        }
        return null;
    }

    private ParsedReference? ParseRangeEnd(int j, DateReference first)
    {
        var toCue = _lex.Cue(_t, j, CueRole.To);
        if (toCue < 0 || _t[j].StartsLine) return null;
        if (Anaphoric(j + 1, first) is { } back) return back;
        if (ParsePoint(j + 1, cued: true) is not { } end) return null;
        return Compatible(first, end.Reference) ? end : null;
    }

    // "منذ منتصف العام الماضي وحتى نهايته": the part word refers back to the unit just named.
    private ParsedReference? Anaphoric(int j, DateReference first)
    {
        if (_lex.Parts.Match(_t, j) is not { Value.IsAnaphoric: true } m) return null;
        return new ParsedReference(first with { Part = m.Value.Part, Day = null }, _t[j].Start, m.Next);
    }

    private static bool Compatible(DateReference a, DateReference b) =>
        a.Kind is not (DateReferenceKind.Recent or DateReferenceKind.Ago) && b.Kind is not (DateReferenceKind.Recent or DateReferenceKind.Ago)
        && !(a.Kind == DateReferenceKind.Calendar && a.Day is not null && a.Month is null && b.Month is null
            && b is not { Kind: DateReferenceKind.RelativeUnit, Unit: CalendarUnit.Month, Day: not null });

    private ParsedReference? ParsePoint(int i, bool cued)
    {
        if (i >= _t.Count) return null;
        if (_lex.DayParts.Match(_t, i) is { } part)
        {
            var k = _lex.Cue(_t, part.Next, CueRole.From) == 0 ? part.Next + 1 : part.Next; // "في وقت متأخر من ليلة", "ساعات من يوم"
            if (_lex.Cue(_t, k, CueRole.Day) == 0) k++;
            return ParseDayLevel(k, cued: true) is { } d ? d with { SpanStart = _t[i].Start + part.PrefixLength } : null;
        }
        var dayWord = _lex.Cue(_t, i, CueRole.Day);
        if (dayWord >= 0 && (ParseDayLevel(i + 1, cued: true) ?? ParseShortNumericDate(i + 1)) is { } onDay)
            return onDay with { SpanStart = _t[i].Start + dayWord };
        return ParseDayLevel(i, cued)
            ?? ParseMonth(i, cued)
            ?? ParsePart(i)
            ?? ParseRecent(i)
            ?? ParseRelativeUnit(i)
            ?? ParseYear(i, cued)
            ?? ParseDecade(i);
    }

    private ParsedReference? ParseDayLevel(int i, bool cued) =>
        ParseAnaphor(i) ?? ParseRelativeDay(i) ?? ParseWeekday(i) ?? ParseNumericDate(i) ?? ParseDayMonth(i);

    private ParsedReference? ParseRelativeDay(int i)
    {
        if (_lex.RelativeDays.Match(_t, i) is not { } m) return null;
        if (m.Value == 0)
        {
            if (i > 0 && _lex.Is(_t[i - 1].Text, CueRole.NotTodayBefore)) return null;
            if (m.Next < _t.Count && _t[m.Next].IsWord && _lex.Is(_t[m.Next].Text, CueRole.NotTodayAfter)) return null;
        }
        if (m.Value == 1 && m.Next == i + 1 && IsBecameVerb(i, m.PrefixLength)) return null;
        return new ParsedReference(new DateReference(DateReferenceKind.RelativeDay) { Amount = m.Value }, _t[i].Start + m.PrefixLength, m.Next);
    }

    private ParsedReference? ParseWeekday(int i)
    {
        if (_lex.Weekdays.Match(_t, i) is not { } m) return null;
        var next = m.Next;
        if (next < _t.Count && _t[next].IsWord && _lex.Is(_t[next].Text, CueRole.NotWeekdayAfter)) return null;
        if (m.Value == DayOfWeek.Monday && !WrittenWithHamza(_t[i].Start + m.PrefixLength))
        {
            // Unmarked "الاثنين" is also the numeral "the two".
            if (i > 0 && (_lex.Is(_t[i - 1].Text, CueRole.TwoBefore) || IsDefiniteDual(_t[i - 1]))) return null;
            if (next < _t.Count && _t[next].IsWord && _lex.Is(_t[next].Text, CueRole.TwoAfter)) return null;
        }
        var relation = TemporalRelation.None;
        if (_lex.Relations.Match(_t, next, allowClitics: false) is { } r && !_t[next].StartsLine)
        {
            relation = r.Value;
            next = r.Next;
        }
        else if (BeforeLast(next) is { } beforeLast)
        {
            relation = TemporalRelation.BeforeLast;
            next = beforeLast;
        }
        var reference = new DateReference(DateReferenceKind.Weekday) { Weekday = m.Value, Relation = relation };
        return new ParsedReference(reference, _t[i].Start + m.PrefixLength, next);
    }

    // "الطفلين الاثنين": after a definite dual noun, "الاثنين" agrees with it as the numeral.
    private static bool IsDefiniteDual(DateToken t) =>
        t.IsWord && t.Text.Length >= 6 && t.Text.StartsWith("ال", StringComparison.Ordinal)
        && (t.Text.EndsWith("ين", StringComparison.Ordinal) && !t.Text.EndsWith("يين", StringComparison.Ordinal) || t.Text.EndsWith("ان", StringComparison.Ordinal));

    private bool WrittenWithHamza(int normalizedStart)
    {
        // The weekday is written "الإثنين"; the numeral is almost always "الاثنين".
        var at = normalizedStart + 2; // the alef after ال
        if (at >= _text.Length) return false;
        var span = _text.ToOriginal(at, at + 1);
        return span.Length > 0 && _text.Original[span.Start] == 'إ';
    }

    // 2016/12/13, 13-12-2016, 13/12/2016, 13.12.2016
    private ParsedReference? ParseNumericDate(int i)
    {
        if (i + 4 >= _t.Count) return null;
        var (a, s1, b, s2, c) = (_t[i], _t[i + 1], _t[i + 2], _t[i + 3], _t[i + 4]);
        if (!a.IsNumber || !b.IsNumber || !c.IsNumber || s1.Kind != DateTokenKind.Punctuation || s2.Text != s1.Text) return null;
        if (s1.Text[0] is not ('/' or '-' or '.')) return null;
        if (s1.Start != a.End || b.Start != s1.End || s2.Start != b.End || c.Start != s2.End) return null;
        int year, month = int.Parse(b.Text), day;
        if (a.Text.Length == 4 && c.Text.Length <= 2) (year, day) = (int.Parse(a.Text), int.Parse(c.Text));
        else if (c.Text.Length == 4 && a.Text.Length <= 2) (year, day) = (int.Parse(c.Text), int.Parse(a.Text));
        else return null;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        // Part of a longer number chain ("1/2/2016/3") is not a date.
        if (i + 5 < _t.Count && _t[i + 5].Start == c.End && _t[i + 5].Text == s1.Text) return null;
        return new ParsedReference(DateReference.Calendar(year, month, day), a.Start, i + 5);
    }

    // "يوم 12/4": day and month only, after يوم.
    private ParsedReference? ParseShortNumericDate(int i)
    {
        if (i + 2 >= _t.Count || !_t[i].IsNumber || !_t[i + 1].IsPunctuation('/') || !_t[i + 2].IsNumber) return null;
        if (_t[i + 1].Start != _t[i].End || _t[i + 2].Start != _t[i + 1].End || _t[i].Text.Length > 2 || _t[i + 2].Text.Length > 2) return null;
        if (i + 3 < _t.Count && _t[i + 3].Start == _t[i + 2].End && _t[i + 3].Kind == DateTokenKind.Punctuation && _t[i + 3].Text[0] is '/' or '.' or '-') return null;
        int day = int.Parse(_t[i].Text), month = int.Parse(_t[i + 2].Text);
        if (day is < 1 or > 31 || month is < 1 or > 12) return null;
        return new ParsedReference(DateReference.Calendar(null, month, day), _t[i].Start, i + 3);
    }

    // "15 نوفمبر", "19/ أيلول/ 2016", "الثالث عشر من ديسمبر", "25 من مارس/آذار من عام 2015"
    private ParsedReference? ParseDayMonth(int i)
    {
        if (ParseBareDay(i) is not { } day) return null;
        var j = day.Next;
        // "6 - صفر" is a score: after a dash, a month name that is also a word needs another cue.
        var dash = j < _t.Count && _t[j].IsPunctuation('-');
        if (j < _t.Count && _t[j].Kind == DateTokenKind.Punctuation && _t[j].Text[0] is '/' or '-') j++;
        else if (_lex.Cue(_t, j, CueRole.From) == 0) j++;
        if (_t.Count <= j || _t[j].StartsLine) return null;
        if (ParseMonthName(j, cued: !dash) is { } month)
            return new ParsedReference(month.Reference with { Day = day.Reference.Day }, day.SpanStart, month.Next);
        // "الخامس عشر من الشهر الجاري"
        if (ParseRelativeUnit(j) is { Reference.Unit: CalendarUnit.Month } unit)
            return new ParsedReference(unit.Reference with { Day = day.Reference.Day }, day.SpanStart, unit.Next);
        // "في 15 من الشهر نفسه": the month of the nearest earlier date.
        if (ParseAnaphor(j) is { Reference.Unit: CalendarUnit.Month } same)
            return new ParsedReference(same.Reference with { Day = day.Reference.Day }, day.SpanStart, same.Next);
        // "في 15 الجاري": the day of the current (or, with الماضي, the previous) month.
        if (_lex.Relations.Match(_t, j, allowClitics: false) is { Value: TemporalRelation.Current or TemporalRelation.Past } rel)
        {
            var ofMonth = new DateReference(DateReferenceKind.RelativeUnit) { Unit = CalendarUnit.Month, Relation = rel.Value, Day = day.Reference.Day };
            return new ParsedReference(ofMonth, day.SpanStart, rel.Next);
        }
        return null;
    }

    private ParsedReference? ParseBareDay(int i)
    {
        if (i >= _t.Count) return null;
        var article = _t[i].Text == "ال" && i + 1 < _t.Count && _t[i + 1].IsNumber ? 1 : 0; // "الـ15 من أبريل"
        var at = i + article;
        if (_t[at].IsNumber && _t[at].Text.Length <= 2 && int.Parse(_t[at].Text) is >= 1 and <= 31 and var n)
            return new ParsedReference(DateReference.Calendar(null, null, n), _t[i].Start, at + 1);
        if (_lex.OrdinalDays.Match(_t, i) is { } o)
            return new ParsedReference(DateReference.Calendar(null, null, o.Value), _t[i].Start + o.PrefixLength, o.Next);
        return null;
    }

    // "شهر يونيو “حزيران”", "نوفمبر/تشرين الثاني الماضي", "أغسطس/آب عام 2015", "رمضان 1439 هـ"
    private ParsedReference? ParseMonth(int i, bool cued)
    {
        var shahr = _lex.Cue(_t, i, CueRole.Month);
        if (shahr >= 0 && ParseMonthName(i + 1, cued: true) is { } named)
            return named with { SpanStart = _t[i].Start + shahr };
        return ParseMonthName(i, cued);
    }

    private ParsedReference? ParseMonthName(int i, bool cued)
    {
        if (_lex.Months.Match(_t, i) is not { } m) return null;
        var name = m.Value;
        var certain = cued || !name.IsAmbiguous;
        var k = m.Next;
        // The double form "نوفمبر/تشرين الثاني" or "يونيو “حزيران”" is one month; the first name wins.
        var open = k < _t.Count && _t[k].Kind == DateTokenKind.Punctuation && _t[k].Text[0] is '/' or '(' or '“' or '"' or '«' or '-' or '”' ? 1 : 0;
        if (_lex.Months.Match(_t, k + open, allowClitics: false) is { } second && second.Value.IsHijri == name.IsHijri && !_t[k + open].StartsLine
            && _t[k + open].Text != _t[i].Text) // "صفر - صفر" is a score
        {
            k = second.Next;
            certain = true;
            if (open == 1 && k < _t.Count && _t[k].Kind == DateTokenKind.Punctuation && _t[k].Text[0] is ')' or '”' or '"' or '»' or '“') k++;
        }
        var reference = DateReference.Calendar(null, name.Month, null) with { IsHijri = name.IsHijri };
        if (k < _t.Count && !_t[k].StartsLine && _lex.Relations.Match(_t, k, allowClitics: false) is { } r)
        {
            reference = reference with { Relation = r.Value };
            k = r.Next;
            certain = true;
        }
        else if (k < _t.Count && !_t[k].StartsLine && BeforeLast(k) is { } beforeLast)
        {
            reference = reference with { Relation = TemporalRelation.BeforeLast };
            k = beforeLast;
            certain = true;
        }
        if (ParseYearAfter(k, name.IsHijri) is { } y)
        {
            reference = reference with { Year = y.Year, IsHijri = y.Hijri };
            k = y.Next;
            certain = true;
        }
        else if (!name.IsHijri && reference.Relation == TemporalRelation.None && _lex.Cue(_t, k, CueRole.From) == 0
            && ParseRelativeUnit(k + 1) is { Reference.Unit: CalendarUnit.Year } ofYear)
        {
            // "مارس من العام الماضي": the month in that year.
            reference = ofYear.Reference with { Month = name.Month };
            k = ofYear.Next;
            certain = true;
        }
        else if (!name.IsHijri && reference.Relation == TemporalRelation.None && _lex.Cue(_t, k, CueRole.From) == 0
            && ParseAnaphor(k + 1) is { Reference.Unit: CalendarUnit.Year } sameYear)
        {
            // "يناير من السنة ذاتها": the month in the year of the nearest earlier date.
            reference = sameYear.Reference with { Month = name.Month };
            k = sameYear.Next;
            certain = true;
        }
        return certain ? new ParsedReference(reference, _t[i].Start + m.PrefixLength, k) : null;
    }

    // An optional year after a month: "/ 2016", "2016", "من عام 2015", "عام 2011", "1439 هـ"
    private (int Year, bool Hijri, int Next)? ParseYearAfter(int k, bool hijriMonth)
    {
        var j = k;
        if (j < _t.Count && _t[j].IsPunctuation('/')) j++;
        if (_lex.Cue(_t, j, CueRole.From) == 0 && _lex.Cue(_t, j + 1, CueRole.Year) == 0) j++;
        if (_lex.Cue(_t, j, CueRole.Year) == 0) j++;
        if (j >= _t.Count || !_t[j].IsNumber || _t[j].Text.Length != 4 || _t[j].StartsLine) return null;
        var year = int.Parse(_t[j].Text);
        var next = j + 1;
        var hijri = hijriMonth;
        if (_lex.Cue(_t, next, CueRole.Hijri) == 0 && !_t[next].StartsLine) { hijri = true; next++; }
        else if (_lex.Cue(_t, next, CueRole.Gregorian) == 0 && !_t[next].StartsLine) { hijri = false; next++; }
        if (hijri ? year is < MinHijriYear or > MaxHijriYear : year is < MinYear or > MaxYear) return null;
        return (year, hijri, next);
    }

    // "عام 2016", "العام 2015", "في 2015", "1440 هـ"
    private ParsedReference? ParseYear(int i, bool cued)
    {
        var keyword = _lex.Cue(_t, i, CueRole.Year);
        if (keyword >= 0 && _t[i].Text.Length - keyword <= 5 && ParseYearAfter(i + 1, false) is { } y && _t[i + 1].IsNumber)
            return new ParsedReference(DateReference.Calendar(y.Year, null, null) with { IsHijri = y.Hijri }, _t[i].Start + keyword, y.Next);
        if (i >= _t.Count || !_t[i].IsNumber || _t[i].Text.Length != 4) return null;
        var year = int.Parse(_t[i].Text);
        var next = i + 1;
        var marked = next < _t.Count && !_t[next].StartsLine && (_lex.Cue(_t, next, CueRole.Hijri) == 0 || _lex.Cue(_t, next, CueRole.Gregorian) == 0);
        if (marked)
        {
            var hijri = _lex.Cue(_t, next, CueRole.Hijri) == 0;
            if (hijri ? year is < MinHijriYear or > MaxHijriYear : year is < MinYear or > MaxYear) return null;
            return new ParsedReference(DateReference.Calendar(year, null, null) with { IsHijri = hijri }, _t[i].Start, next + 1);
        }
        if (!cued || year is < MinYear or > MaxYear || !EndsYearPhrase(next)) return null;
        return new ParsedReference(DateReference.Calendar(year, null, null), _t[i].Start, next);
    }

    private ParsedReference? ParseYearNumber(int i)
    {
        if (i >= _t.Count || !_t[i].IsNumber || _t[i].Text.Length != 4 || int.Parse(_t[i].Text) is < MinYear or > MaxYear) return null;
        return new ParsedReference(DateReference.Calendar(int.Parse(_t[i].Text), null, null), _t[i].Start, i + 1);
    }

    // A bare year is followed by punctuation, a line end, a conjunction or a preposition, not by a counted noun ("في 2000 غارة").
    private bool EndsYearPhrase(int next)
    {
        if (next >= _t.Count || _t[next].StartsLine || _t[next].Kind == DateTokenKind.Punctuation) return true;
        var word = _t[next];
        return word.IsWord && (word.Text[0] is 'و' or 'ل' && !_lex.Units.Contains(word.Text) || _lex.Is(word.Text, CueRole.YearFollow) || _lex.Is(word.Text, CueRole.Since));
    }

    // "مطلع 2018", "النصف الثاني من العام الماضي", "منتصف تشرين الثاني/ 2016", "صيف 2012", "أواخر الشهر"
    private ParsedReference? ParsePart(int i)
    {
        if (_lex.Parts.Match(_t, i) is not { Value.IsAnaphoric: false } m) return null;
        var j = m.Next;
        if (_lex.Cue(_t, j, CueRole.From) == 0) j++;
        var start = _t[i].Start + m.PrefixLength;
        if (IsSeason(m.Value.Part) && j < _t.Count && _lex.Relations.Match(_t, j, allowClitics: false) is { } rel)
            return new ParsedReference(new DateReference(DateReferenceKind.RelativeUnit) { Unit = CalendarUnit.Year, Relation = rel.Value, Part = m.Value.Part }, start, rel.Next);
        var inner = ParseRelativeUnit(j, bareMeansCurrent: true) ?? (IsSeason(m.Value.Part) ? null : ParseMonth(j, cued: true)) ?? ParseYear(j, cued: true) ?? ParseYearNumber(j) ?? (IsSeason(m.Value.Part) ? null : ParseDecade(j));
        if (inner is not { } x || x.Reference.Kind is not (DateReferenceKind.Calendar or DateReferenceKind.RelativeUnit or DateReferenceKind.Decade) || x.Reference.Day is not null) return null;
        if (x.Reference.Kind == DateReferenceKind.RelativeUnit && x.Reference.Unit is not (CalendarUnit.Month or CalendarUnit.Year)) return null;
        var ofMonth = x.Reference.Month is not null || x.Reference.Unit == CalendarUnit.Month && x.Reference.Kind == DateReferenceKind.RelativeUnit;
        if (IsSeason(m.Value.Part) && ofMonth) return null;
        if (m.Value.Part is >= PeriodPart.Week1 and <= PeriodPart.LastWeek && !ofMonth) return null;
        return new ParsedReference(x.Reference with { Part = m.Value.Part }, start, x.Next);
    }

    private static bool IsSeason(PeriodPart p) => p is PeriodPart.Spring or PeriodPart.Summer or PeriodPart.Autumn or PeriodPart.Winter;

    // "العام الماضي", "هذا العام", "الشهر الجاري", "الأسبوع الماضي", "العام المقبل"
    private ParsedReference? ParseRelativeUnit(int i, bool bareMeansCurrent = false)
    {
        if (i >= _t.Count) return null;
        var thisWord = _lex.Cue(_t, i, CueRole.This);
        if (thisWord >= 0 && _lex.UnitNouns.Match(_t, i + 1, allowClitics: false) is { Value.Count: 1 } afterThis && !_t[i + 1].StartsLine)
            return new ParsedReference(new DateReference(DateReferenceKind.RelativeUnit) { Unit = afterThis.Value.Unit, Relation = TemporalRelation.Current }, _t[i].Start + thisWord, afterThis.Next);
        if (_lex.UnitNouns.Match(_t, i) is not { Value.Count: 1 } u) return null;
        var start = _t[i].Start + u.PrefixLength;
        if (u.Next < _t.Count && !_t[u.Next].StartsLine && _lex.Relations.Match(_t, u.Next, allowClitics: false) is { } r)
            return new ParsedReference(new DateReference(DateReferenceKind.RelativeUnit) { Unit = u.Value.Unit, Relation = r.Value }, start, r.Next);
        if (u.Next < _t.Count && !_t[u.Next].StartsLine && BeforeLast(u.Next) is { } beforeLast)
            return new ParsedReference(new DateReference(DateReferenceKind.RelativeUnit) { Unit = u.Value.Unit, Relation = TemporalRelation.BeforeLast }, start, beforeLast);
        // "نهاية العام" names the current year, but not "العام 2015" (a year) or "العام" before another noun of its own.
        if (bareMeansCurrent && u.Value.Unit is CalendarUnit.Year or CalendarUnit.Month && (u.Next >= _t.Count || !_t[u.Next].IsNumber))
            return new ParsedReference(new DateReference(DateReferenceKind.RelativeUnit) { Unit = u.Value.Unit, Relation = TemporalRelation.Current }, start, u.Next);
        return null;
    }

    private bool IsCueBefore(int i) =>
        i > 0 && !_t[i].StartsLine && (_lex.Cue(_t, i - 1, CueRole.YearCue) >= 0 || _lex.Parts.Match(_t, i - 1) is not null);

    private DateExpression Expression(int start, int next, DateMentionKind kind, DateReference first, DateReference? second = null) =>
        new(new TextSpan(start, _t[next - 1].End), kind, first, second);

    private static DateMentionKind KindOf(DateReference r) => r switch
    {
        { Kind: DateReferenceKind.Recent } => DateMentionKind.Period,
        { Kind: DateReferenceKind.RelativeDay, Amount: > 0 } => DateMentionKind.Future,
        { Kind: DateReferenceKind.Weekday or DateReferenceKind.RelativeUnit, Relation: TemporalRelation.Next } => DateMentionKind.Future,
        { Kind: DateReferenceKind.Calendar, Relation: TemporalRelation.Next } => DateMentionKind.Future,
        _ => DateMentionKind.Point,
    };
}
