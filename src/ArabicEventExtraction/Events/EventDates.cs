using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>A document's usable event dates: resolved, not future, not after publication, with statement dates marked once.</summary>
internal sealed class EventDates
{
    /// <summary>How much farther a statement's date counts than an event's when choosing a figure's date.</summary>
    private const int StatementPenalty = 400;

    private readonly List<DateMention> _dates;
    private readonly HashSet<DateMention> _statements = new(ReferenceEqualityComparer.Instance);
    private readonly NormalizedText _text;

    public EventDates(AnalyzedDocument doc)
    {
        _text = doc.Normalized;
        _dates = doc.Dates
            .Where(d => d.Value is { } v && d.Kind != DateMentionKind.Future && !(doc.Document.Dct is { } dct && v.Start.FirstDay > dct))
            .ToList();
        foreach (var date in _dates)
            if (IsStatementDate(doc.Normalized, date.Span)) _statements.Add(date);
    }

    /// <summary>The date of <paramref name="unit"/> nearest to <paramref name="focus"/>, statement dates counting as farther.</summary>
    public DateMention? Nearest(TextSpan unit, TextSpan focus)
    {
        DateMention? best = null;
        var bestScore = int.MaxValue;
        foreach (var date in _dates)
        {
            if (!unit.Contains(date.Span.Start)) continue;
            var score = Distance(date.Span, focus);
            // "التقرير الذي ... منذ 2015 أشار إلى أن 31 ...": a date across a verb of saying dates the saying.
            if (IsStatement(date) || Separated(date.Span, focus)) score += StatementPenalty;
            if (score < bestScore) (best, bestScore) = (date, score);
        }
        return best;
    }

    /// <summary>True when <paramref name="date"/> dates a statement ("كشف تقرير، الثلاثاء، عن ...").</summary>
    public bool IsStatement(DateMention date) => _statements.Contains(date);

    private static bool IsStatementDate(NormalizedText text, TextSpan date) =>
        CueWords.ReportingVerbs.Precede(text, date.Start) || CueWords.StatementComplements.Follow(text, date.End);

    private bool Separated(TextSpan date, TextSpan focus) => date.End <= focus.Start
        ? CueWords.ReportingVerbs.Between(_text, date.End, focus.Start)
        : focus.End <= date.Start && CueWords.ReportingVerbs.Between(_text, focus.End, date.Start);

    private static int Distance(TextSpan a, TextSpan b) =>
        a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
}
