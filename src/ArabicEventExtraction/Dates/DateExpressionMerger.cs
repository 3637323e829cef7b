using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Dates;

/// <summary>
/// Joins adjacent expressions that name the same day: "أمس (الاثنين)", "اليوم السبت",
/// "الإثنين 19/ أيلول/ 2016", a Hijri date "الموافق" a Gregorian one. Two weekdays in a row
/// ("ليل السبت الأحد") become a period.
/// </summary>
public static class DateExpressionMerger
{
    public static List<DateExpression> Merge(IReadOnlyList<DateExpression> found, string text, DateLexicon lexicon)
    {
        var merged = new List<DateExpression>(found.Count);
        foreach (var e in found)
        {
            if (merged.Count > 0 && TryMerge(merged[^1], e, text, lexicon) is { } m) merged[^1] = m;
            else merged.Add(e);
        }
        return merged;
    }

    private static DateExpression? TryMerge(DateExpression a, DateExpression b, string text, DateLexicon lexicon)
    {
        if (a.To is not null || b.To is not null || b.Span.Start < a.Span.End) return null;
        if (a.Kind is DateMentionKind.Period || b.Kind is DateMentionKind.Period or DateMentionKind.Since) return null;
        var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
        if (gap.Contains('\n')) return null;
        var trimmed = gap.Trim().Trim('(').Trim();
        if (trimmed.Length == 0)
        {
            if (Rank(a) == 0 || Rank(b) == 0) return null;
            var end = b.Span.End;
            if (gap.Contains('(') && CloseParenAfter(text, end) is { } close) end = close;
            var span = new TextSpan(a.Span.Start, end);
            if (a.From.Kind == DateReferenceKind.Weekday && b.From.Kind == DateReferenceKind.Weekday)
                return new DateExpression(span, DateMentionKind.Period, a.From, b.From);
            // "غدا الأربعاء": the weekday is the coming one, which the relative day already gives.
            var ahead = a.From is { Kind: DateReferenceKind.RelativeDay, Amount: > 0 } ? a : b.From is { Kind: DateReferenceKind.RelativeDay, Amount: > 0 } ? b : null;
            var best = ahead ?? (Rank(b) > Rank(a) ? b : a);
            // "منذ ... الإثنين 19/ أيلول/ 2016": still a "since", from the more exact day.
            return a.Kind == DateMentionKind.Since ? a with { From = best.From, Span = span } : best with { Span = span };
        }
        // "ليل السبت-الأحد": two weekdays joined by a dash or a slash are a period.
        if (trimmed.Length == 1 && trimmed[0] is '-' or '–' or '/' && a.From.Kind == DateReferenceKind.Weekday && b.From.Kind == DateReferenceKind.Weekday
            && a.Kind == DateMentionKind.Point && b.Kind == DateMentionKind.Point)
            return new DateExpression(new TextSpan(a.Span.Start, b.Span.End), DateMentionKind.Period, a.From, b.From);
        var word = trimmed.ToString();
        if (lexicon.Is(word, CueRole.Equals) || word.EndsWith('ل') && lexicon.Is(word[..^1].TrimEnd(), CueRole.Equals))
        {
            if (a.From.IsHijri == b.From.IsHijri || a.Kind != b.Kind) return null;
            var gregorian = a.From.IsHijri ? b : a;
            return gregorian with { Span = new TextSpan(a.Span.Start, b.Span.End) };
        }
        return null;
    }

    /// <summary>
    /// How exactly an expression fixes a single day: an explicit date beats a weekday, which beats
    /// اليوم/أمس (a story written on Saturday and published on Sunday still says "اليوم السبت").
    /// </summary>
    private static int Rank(DateExpression e) => e.From switch
    {
        { Kind: DateReferenceKind.Calendar, Day: not null } => 3,
        { Kind: DateReferenceKind.Weekday } => 2,
        { Kind: DateReferenceKind.RelativeDay } => 1,
        _ => 0,
    };

    private static int? CloseParenAfter(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i < text.Length && text[i] == ')' ? i + 1 : null;
    }
}
