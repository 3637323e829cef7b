using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>Dates a figure takes from elsewhere in the document when its own sentence gives none (or only a statement's).</summary>
internal static class InheritedDates
{
    /// <summary>
    /// "غادر 20 ألف شخص المناطق ..." then later "نحو 20 ألف شخص فروا ... يوم الثلاثاء": the event
    /// date a later telling of the same figures gives.
    /// </summary>
    public static DateMention? FromRestatement(EventDates dates, List<Sentence> units, Dictionary<FigureMention, FigureMention> restated, List<FigureMention> figures)
    {
        foreach (var (again, original) in restated)
        {
            if (!figures.Contains(original)) continue;
            var unit = units.FirstOrDefault(u => u.Span.Contains(again.Span.Start));
            if (unit is null) continue;
            if (dates.Nearest(unit.Span, again.Span) is { Value: not null } date && !dates.IsStatement(date)) return date;
        }
        return null;
    }

    /// <summary>
    /// "ومنذ بدء الاحتجاجات قتل أكثر من 50" after "وخرجت احتجاجات على مدى الأسابيع الستة الماضية":
    /// from the start of the last date given for the same thing to publication.
    /// </summary>
    public static EventSetting? FromEarlierOnset(AnalyzedDocument doc, EventDates dates, List<Sentence> units, Sentence unit)
    {
        if (doc.Document.Dct is not { } dct || OnsetReference.Find(doc.Normalized, unit.Span) is not { } noun) return null;
        for (var i = units.IndexOf(unit) - 1; i >= 0; i--)
        {
            if (OnsetReference.Mention(doc.Normalized, units[i].Span, noun) is not { } named) continue;
            if (dates.Nearest(units[i].Span, named) is { Value: { } value } date && !dates.IsStatement(date) && value.Start.FirstDay <= dct)
                return new EventSetting(new DateRange(value.Start, PartialDate.Of(dct)), date.Span, [], []);
        }
        return null;
    }

    /// <summary>
    /// The date of the last earlier event the figures can belong to: "121 طفلا" among the dead is not
    /// part of the day's 29 told just before, but of the 500 since the shelling began.
    /// </summary>
    public static EventSetting FromEarlierEvent(List<(EventSetting Setting, IReadOnlyList<FigureMention> Figures)> told, List<FigureMention> figures)
    {
        for (var i = told.Count - 1; i >= 0; i--)
            if (figures.All(f => CanBelong(f, told[i].Figures))) return told[i].Setting;
        return told.Count > 0 ? told[^1].Setting : EventSetting.Empty;
    }

    private static bool CanBelong(FigureMention part, IReadOnlyList<FigureMention> earlier)
    {
        if (part.Group == FigureGroup.Total || part.Value is not { } value) return true;
        var totals = earlier.Where(e => e.Category == part.Category && e.Value is not null).Select(e => e.Value!.Value).ToList();
        return totals.Count == 0 || totals.Max() >= value;
    }

    /// <summary>"هذا العدد من القتلى خلال الفترة من ... إلى ...": the event date next to a phrase pointing back to the last count.</summary>
    public static EventSetting? FromBackReference(AnalyzedDocument doc, EventDates dates, TextSpan unit)
    {
        if (TallyAnaphora.Default.Find(doc.Normalized, unit) is not { } anaphor) return null;
        var date = dates.Nearest(unit, anaphor);
        if (date?.Value is not { } value || dates.IsStatement(date)) return null;
        return new EventSetting(value, date.Span, [], []);
    }
}
