using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Places;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>
/// Groups a document's figures into events, one per sentence or list line, and gives each the
/// date, places and perpetrators of its sentence, else those in force in its paragraph, else the
/// document's lead.
/// </summary>
public sealed class EventAssembler(EventTypeClassifier classifier)
{
    private const int LeadSentences = 3;
    private const int MinTimelineEntries = 3;

    public IReadOnlyList<ExtractedEvent> Assemble(AnalyzedDocument doc)
    {
        var text = doc.Document.Text;
        var title = TitleDetector.Find(text);
        var restatements = new Dictionary<FigureMention, FigureMention>();
        var figures = FigureDeduplicator.Deduplicate(doc.Figures, title, text, restatements);
        if (figures.Count == 0) return [];

        var units = Units(doc);
        var dates = new EventDates(doc);
        var lead = LeadSetting(doc, dates, units).Or(FrameSetting(doc));
        var events = new List<ExtractedEvent>();
        var paragraphSetting = EventSetting.Empty;
        // The setting of the last list header that had one: a later header without its own
        // ("توزعت المجازر حسب الجهة الفاعلة:") opens a list over the same period and place.
        var sectionSetting = EventSetting.Empty;
        var paragraph = -1;
        // The date of the last timeline entry or dated section header ("في 12 ديسمبر/ كانون الأول، ..."): it governs the paragraphs under it.
        var section = EventSetting.Empty;
        // Only in a timeline: a single "وفي أبريل 2017، ..." in a news story is background, not a section.
        var isTimeline = doc.Dates.Count(d => d.IsHeader && d.Value is not null) >= MinTimelineEntries;
        DateRange? timeline = null;
        // Earlier events' dates and figures: a later paragraph without a date of its own still speaks of the last of them.
        var earlier = new List<(EventSetting Setting, IReadOnlyList<FigureMention> Figures)>();
        // The events of the last sentence with figures whose date was not their own event date.
        var weaklyDated = new List<int>();
        // The events of the sentence just before that name no perpetrator of their own.
        var unattributed = new List<int>();
        foreach (var unit in units)
        {
            if (weaklyDated.Count > 0 && InheritedDates.FromBackReference(doc, dates, unit.Span) is { } restated)
            {
                foreach (var i in weaklyDated)
                    events[i] = events[i] with { Date = restated.Date, DateSpan = restated.DateSpan, Kind = IsPeriod(restated.Date) ? EventKind.Aggregate : events[i].Kind };
                earlier.Add((restated, weaklyDated.SelectMany(i => events[i].Figures).ToList()));
                weaklyDated.Clear();
            }
            // A list line continues the paragraph that introduced the list.
            if (unit.Paragraph != paragraph && !(unit.IsListItem || ListLines.IsListLine(text, unit.Span.Start)))
            {
                paragraph = unit.Paragraph;
                paragraphSetting = HeaderSetting(doc, unit.Span) ?? EventSetting.Empty;
                if (paragraphSetting.Date is { } entry && isTimeline)
                {
                    section = paragraphSetting;
                    timeline = timeline is { } span ? new DateRange(span.Start, entry.End) : entry;
                }
                // "حصيلة الأسبوع: ..." after the entries sums them up: their days from first to last.
                else if (isTimeline && timeline is { } covered && OpensWithTallyLabel(doc, unit.Span))
                    section = new EventSetting(covered, null, [], []);
                if (IsListHeader(text, unit.Span))
                {
                    var header = SettingOf(doc, dates, unit.Span);
                    if (header.Date is not null) sectionSetting = header;
                    paragraphSetting = header.Or(sectionSetting);
                }
            }
            var unitFigures = figures.Where(f => unit.Span.Contains(f.Span.Start)).ToList();
            if (unitFigures.Count == 0)
            {
                var own = SettingOf(doc, dates, unit.Span);
                // "قتل 35 مدنيا في غارات ..." then "سقط القتلى في غارات يرجح أن طائرات روسية نفذتها".
                if (own.Actors.Count > 0 && CueWords.EventAnaphora.Between(doc.Normalized, unit.Span.Start, unit.Span.End))
                    foreach (var i in unattributed) events[i] = events[i] with { Actors = own.Actors };
                unattributed.Clear();
                if (own.Date is not null || own.Places.Count > 0 || own.Actors.Count > 0) paragraphSetting = own.Or(paragraphSetting);
                continue;
            }
            var words = WordsOf(doc, unit.Span);
            weaklyDated.Clear();
            unattributed.Clear();
            // Figures of one sentence that sit by different dates ("قتل صحافيان في نيسان، كما قتلت مسعفة في حزيران") are different events.
            foreach (var group in unitFigures.GroupBy(f => dates.Nearest(unit.Span, f.Span)))
            {
                var groupFigures = group.ToList();
                var own = SettingOf(doc, dates, unit.Span, groupFigures);
                if (own.Date is null && InheritedDates.FromRestatement(dates, units, restatements, groupFigures) is { } told) own = own with { Date = told.Value, DateSpan = told.Span };
                if (own.Date is null && InheritedDates.FromEarlierOnset(doc, dates, units, unit) is { } onset) own = own with { Date = onset.Date, DateSpan = onset.DateSpan };
                var weak = group.Key is null || dates.IsStatement(group.Key);
                // "منذ 15 نوفمبر" under the timeline entry "في 12 ديسمبر": the count runs to the entry's day, not to publication.
                if (section.Date is { } entry && own.DateSpan is { } since && doc.Dates.Any(d => d.Span == since && d.Kind == DateMentionKind.Since)
                    && own.Date is { } running && entry.End.LastDay < running.End.FirstDay && entry.End.FirstDay >= running.Start.LastDay)
                    own = own with { Date = new DateRange(running.Start, entry.End) };
                var setting = own.Or(paragraphSetting).Or(section).Or(InheritedDates.FromEarlierEvent(earlier, groupFigures)).Or(lead);
                // Bodies found with no date of their own are counted when the report is written.
                if (own.Date is null && groupFigures.All(f => f.IsFoundState) && doc.Document.Dct is { } reported)
                    setting = setting with { Date = DateRange.Single(PartialDate.Of(reported)), DateSpan = null };
                if (setting.Date is null && doc.Document.Dct is { } dct)
                    setting = setting with { Date = DateRange.Single(PartialDate.Of(dct)) };
                paragraphSetting = setting;
                earlier.Add((new EventSetting(setting.Date, setting.DateSpan, [], []), groupFigures));

                // A state at publication ("100 ألف مدني محاصرون") is its own event, dated by the DCT.
                var state = groupFigures.Where(f => f.Category == FigureCategory.Besieged).ToList();
                var happenings = groupFigures.Where(f => f.Category != FigureCategory.Besieged).ToList();
                if (happenings.Count > 0)
                {
                    if (weak) weaklyDated.Add(events.Count);
                    if (own.Actors.Count == 0) unattributed.Add(events.Count);
                    events.Add(Build(doc, events.Count, unit, words, setting, happenings));
                }
                if (state.Count > 0)
                {
                    var stateSetting = doc.Document.Dct is { } today
                        ? setting with { Date = DateRange.Single(PartialDate.Of(today)), DateSpan = null }
                        : setting;
                    events.Add(Build(doc, events.Count, unit, words, stateSetting, state));
                }
            }
        }
        return events;
    }

    private ExtractedEvent Build(AnalyzedDocument doc, int index, Sentence unit, IReadOnlyList<string> words, EventSetting setting, List<FigureMention> figures) =>
        new(doc.Document.Id, $"{doc.Document.Id}#{index + 1}", KindOf(setting.Date, unit), classifier.Classify(words, figures), unit.Span)
        {
            Date = setting.Date,
            DateSpan = setting.DateSpan,
            Places = WithBroader(setting.Places),
            Actors = setting.Actors,
            Figures = figures,
            Source = SourceOf(doc, unit.Span),
        };

    private static List<Sentence> Units(AnalyzedDocument doc)
    {
        return doc.Sentences.Count > 0 ? doc.Sentences.ToList() : [new Sentence(new TextSpan(0, doc.Document.Text.Length), 0)];
    }

    /// <summary>What a unit itself says: the date nearest its figures, its places (most specific first) and perpetrators.</summary>
    private static EventSetting SettingOf(AnalyzedDocument doc, EventDates dates, TextSpan span, IReadOnlyList<FigureMention>? figures = null)
    {
        var focus = figures is { Count: > 0 } ? new TextSpan(figures.Min(f => f.Span.Start), figures.Max(f => f.Span.End)) : span;
        var date = dates.Nearest(span, focus);
        var places = doc.Places.Where(p => span.Contains(p.Span.Start) && IsEventPlace(doc, p)).OrderBy(p => Specificity(p.Kind)).ToList();
        var actors = doc.Actors.Where(a => a.Role == ActorRole.Perpetrator && span.Contains(a.Span.Start))
            .DistinctBy(a => a.Code ?? a.Name).ToList();
        var value = date?.Value;
        // "الهجوم الذي بدأ في منتصف تشرين الثاني بمقتل 463": from that date to publication.
        if (date is { Kind: DateMentionKind.Point, Value: { } point } && doc.Document.Dct is { } dct
            && (CueWords.Onsets.Precede(doc.Normalized, date.Span.Start) || OpensSince(doc, date))
            && point.Start.FirstDay <= dct)
            value = new DateRange(point.Start, PartialDate.Of(dct));
        // "في 1 آب، شن الجيش قصفا ... وقتل أكثر من 130 شخصا خلال يومين": the days counted from the sentence's day.
        if (date is { StretchDays: { } days, Value: { } stretch } && DayOfSentence(doc, dates, span, date) is { } day
            && day.DayNumber + days - 1 < stretch.Start.FirstDay.DayNumber)
            value = new DateRange(PartialDate.Of(day), PartialDate.Of(day.AddDays(days - 1)));
        return new EventSetting(value, date?.Span, places, actors);
    }

    /// <summary>The one calendar day (not a statement's) another date of the sentence names, if any.</summary>
    private static DateOnly? DayOfSentence(AnalyzedDocument doc, EventDates dates, TextSpan span, DateMention except)
    {
        var days = doc.Dates.Where(d => d != except && span.Contains(d.Span.Start) && d.Kind == DateMentionKind.Point
                                        && d.Value is { } v && v.Start == v.End && v.Start.Precision == DatePrecision.Day && !dates.IsStatement(d))
            .Select(d => d.Value!.Value.Start.FirstDay).Distinct().ToList();
        return days.Count == 1 ? days[0] : null;
    }

    /// <summary>"منذ اندلاع الاشتباكات في عدن يوم الخميس" with no other date inside the phrase.</summary>
    private static bool OpensSince(AnalyzedDocument doc, DateMention date) =>
        SinceClause.Opening(doc.Normalized, date.Span.Start) is { } since
        && !doc.Dates.Any(d => d.Span.Start >= since && d.Span.End <= date.Span.Start);

    private static bool OpensWithTallyLabel(AnalyzedDocument doc, TextSpan unit)
    {
        var text = doc.Normalized;
        var start = text.FromOriginal(unit.Start);
        var end = Math.Min(text.FromOriginal(unit.End), start + 40);
        var first = text.Text[start..end].Split([' ', ':', '\n', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && CueWords.TallyLabels.Lists(first);
    }

    private static bool IsListHeader(string text, TextSpan unit)
    {
        var end = unit.End;
        while (end < text.Length && text[end] is ' ' or '\t' or ':') end++;
        return end > 0 && text[end - 1] == ':' || unit.Length > 0 && text[unit.End - 1] == ':';
    }

    private static EventSetting? HeaderSetting(AnalyzedDocument doc, TextSpan unit)
    {
        var header = doc.Dates.FirstOrDefault(d => d.IsHeader && d.Value is not null && unit.Contains(d.Span.Start));
        return header is null ? null : new EventSetting(header.Value, header.Span, [], []);
    }

    private static EventSetting LeadSetting(AnalyzedDocument doc, EventDates dates, List<Sentence> units)
    {
        var setting = EventSetting.Empty;
        foreach (var unit in units.Take(LeadSentences))
            setting = setting.Or(SettingOf(doc, dates, unit.Span));
        return setting;
    }

    /// <summary>
    /// The article's frame: its most often named perpetrator and place. Reports often name the
    /// attacker or the town a sentence after the toll; this is what a reader carries over.
    /// </summary>
    private static EventSetting FrameSetting(AnalyzedDocument doc)
    {
        var actor = doc.Actors.Where(a => a.Role == ActorRole.Perpetrator)
            .GroupBy(a => a.Code ?? a.Name)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(a => a.Span.Start))
            .FirstOrDefault()?.First();
        var place = doc.Places.Where(p => IsEventPlace(doc, p))
            .GroupBy(p => p.Name)
            .OrderBy(g => g.First().Kind == PlaceKind.Country ? 1 : 0)
            .ThenByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Span.Start))
            .FirstOrDefault()?.First();
        return new EventSetting(null, null, place is null ? [] : [place], actor is null ? [] : [actor]);
    }

    /// <summary>A tally (a list row, a period of more than a couple of days) or one incident.</summary>
    private static bool IsEventPlace(AnalyzedDocument doc, PlaceMention place) =>
        !CueWords.OrganisationSeats.Precede(doc.Normalized, place.Span.Start);

    private static EventKind KindOf(DateRange? date, Sentence unit)
    {
        if (unit.IsListItem) return EventKind.Aggregate;
        return IsPeriod(date) ? EventKind.Aggregate : EventKind.Incident;
    }

    private static bool IsPeriod(DateRange? date) =>
        date is { } d && d.End.LastDay.DayNumber - d.Start.FirstDay.DayNumber > 2;

    private static IReadOnlyList<string> WordsOf(AnalyzedDocument doc, TextSpan span)
    {
        var n = doc.Normalized;
        var start = n.FromOriginal(span.Start);
        var end = n.FromOriginal(span.End);
        return n.Text[start..end].Split([' ', '\n', '\t', ',', '.', '"', '(', ')', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
    }

    private static string? SourceOf(AnalyzedDocument doc, TextSpan span) =>
        doc.Actors.FirstOrDefault(a => a.Role == ActorRole.Source && span.Contains(a.Span.Start))?.Name;

    /// <summary>The places themselves, then the enclosing places the gazetteer knows, each named once.</summary>
    private static IReadOnlyList<PlaceMention> WithBroader(IReadOnlyList<PlaceMention> places)
    {
        var result = new List<PlaceMention>(places);
        var names = places.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var place in places)
            foreach (var broader in place.Broader)
                if (names.Add(broader))
                    result.Add(new PlaceMention(place.Span, broader, PlaceKind.Unknown) { Country = place.Country });
        return result;
    }

    private static int Specificity(PlaceKind kind) => kind switch
    {
        PlaceKind.Neighbourhood => 0,
        PlaceKind.Camp => 1,
        PlaceKind.Village => 2,
        PlaceKind.Town => 3,
        PlaceKind.Unknown => 3,
        PlaceKind.City => 4,
        PlaceKind.Subdistrict => 5,
        PlaceKind.District => 6,
        PlaceKind.Region => 7,
        PlaceKind.Governorate => 8,
        _ => 9,
    };
}
