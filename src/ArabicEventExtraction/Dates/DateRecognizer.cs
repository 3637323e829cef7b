using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Dates;

/// <summary>Finds temporal expressions and resolves them against the publication date.</summary>
public sealed class DateRecognizer
{
    private readonly DateLexicon _lexicon;

    public DateRecognizer(DateLexicon lexicon) => _lexicon = lexicon;

    public static DateRecognizer Default { get; } = new(DateLexicon.Default);

    public IReadOnlyList<DateMention> Find(NormalizedText text, DateOnly? dct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new DateExpressionParser(_lexicon, text).Parse();
        var expressions = DateExpressionMerger.Merge(found, text.Text, _lexicon);
        var conflict = LongestConflict(expressions, dct);
        var mentions = new List<DateMention>(expressions.Count);
        PartialDate? anchor = null;
        foreach (var e in expressions)
        {
            if (NamesAPlace(text.Text, e.Span.Start)) continue;
            var kind = e.Kind;
            DateRange? value;
            if (e.From.Kind == DateReferenceKind.Anaphoric)
            {
                // "اليوم التالي" counts from the nearest earlier date of the text; without one it says nothing.
                if (anchor is not { } a || DateResolver.ResolveAnaphor(e.From, a) is not { } v) continue;
                value = v;
                if (dct is { } d && v.Start.FirstDay > d) kind = DateMentionKind.Future;
            }
            else if (e.From.Kind == DateReferenceKind.ConflictOnset)
            {
                // "منذ اندلاع الحرب" starts where "بعد سبع سنوات من الحرب" elsewhere in the text starts.
                if (conflict is null) continue;
                value = conflict;
            }
            else value = DateResolver.Resolve(e, dct);
            // "الهدنة المعلنة منذ 10 نيسان ... في اليوم ذاته": the onset of a state is no anchor for the day of an event.
            if (value is { } resolved && kind != DateMentionKind.Since) anchor = resolved.End;
            var span = text.ToOriginal(e.Span.Start, e.Span.End);
            mentions.Add(new DateMention(span, kind, value)
            {
                IsHeader = DateHeaderDetector.IsHeader(text.Text, e.Span, _lexicon),
                StretchDays = e.From is { Kind: DateReferenceKind.Recent, Unit: CalendarUnit.Day, Amount: int days and >= 1 } ? days : null,
            });
        }
        SharpenSinceStarts(mentions);
        return mentions;
    }

    /// <summary>"حي 7 يوليو", "بمستشفى 22 مايو": the word before the expression heads a place name.</summary>
    private bool NamesAPlace(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        if (begin == end) return false;
        var word = text[begin..end];
        if (_lexicon.Is(word, CueRole.NameHead)) return true;
        return word.Length > 3 && word[0] is 'و' or 'ب' or 'ل' or 'ف' && _lexicon.Is(word[1..], CueRole.NameHead);
    }

    /// <summary>
    /// "منذ اندلاع الاحتجاجات أواخر مارس" after "منذ بدء التظاهرات في 30 مارس": a vaguer start of a
    /// "منذ" takes the exact day another "منذ" of the text gives within it (the same onset named twice).
    /// </summary>
    private static void SharpenSinceStarts(List<DateMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is not { Kind: DateMentionKind.Since, Value: { } vague } || vague.Start.Precision == DatePrecision.Day) continue;
            foreach (var other in mentions)
            {
                if (other is not { Kind: DateMentionKind.Since, Value: { } exact } || exact.Start.Precision != DatePrecision.Day || exact.End != vague.End) continue;
                if (exact.Start.FirstDay < vague.Start.FirstDay || exact.Start.FirstDay > vague.Start.LastDay) continue;
                mentions[i] = mentions[i] with { Value = vague with { Start = exact.Start } };
                break;
            }
        }
    }

    /// <summary>The longest conflict period of the text ("بعد سبع سنوات من الحرب" rather than "بعد ثلاثة أسابيع من القتال").</summary>
    private static DateRange? LongestConflict(List<DateExpression> expressions, DateOnly? dct)
    {
        DateRange? longest = null;
        foreach (var e in expressions)
            if (e.From.Kind == DateReferenceKind.ConflictSoFar && DateResolver.Resolve(e, dct) is { } v
                && (longest is not { } l || v.Start.FirstDay < l.Start.FirstDay))
                longest = v;
        return longest;
    }
}
