using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Events;

/// <summary>A document's usable event dates: resolved, not future, not after publication, with statement dates marked once.</summary>
internal sealed class EventDates
{
    /// <summary>How much farther a statement's date counts than an event's when choosing a figure's date.</summary>
    private const int StatementPenalty = 400;

    private readonly List<(DateMention Date, int Penalty)> _dates;

    public EventDates(AnalyzedDocument doc)
    {
        _dates = doc.Dates
            .Where(d => d.Value is { } v && d.Kind != DateMentionKind.Future && !(doc.Document.Dct is { } dct && v.Start.FirstDay > dct))
            .Select(d => (d, PrecedingCues.ReportingVerbs.Precede(doc.Normalized, d.Span.Start) ? StatementPenalty : 0))
            .ToList();
    }

    /// <summary>The date of <paramref name="unit"/> nearest to <paramref name="focus"/>, statement dates counting as farther.</summary>
    public DateMention? Nearest(TextSpan unit, TextSpan focus)
    {
        DateMention? best = null;
        var bestScore = int.MaxValue;
        foreach (var (date, penalty) in _dates)
        {
            if (!unit.Contains(date.Span.Start)) continue;
            var score = Distance(date.Span, focus) + penalty;
            if (score < bestScore) (best, bestScore) = (date, score);
        }
        return best;
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
}
