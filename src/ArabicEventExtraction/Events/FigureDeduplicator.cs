using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;

namespace ArabicEventExtraction.Events;

/// <summary>
/// One fact, one figure: drops a figure the document repeats (same category, group and value), a
/// vague or rounded restatement of a precise count, and a title's summary of the body's figure.
/// </summary>
public static class FigureDeduplicator
{
    /// <param name="restated">If given, receives each dropped body restatement with the figure kept for it.</param>
    public static IReadOnlyList<FigureMention> Deduplicate(IReadOnlyList<FigureMention> figures, TextSpan? title, string text,
        IDictionary<FigureMention, FigureMention>? restated = null)
    {
        var kept = new List<FigureMention>();
        // Body figures first, so a title's restatement is the one dropped.
        var ordered = figures.OrderBy(f => title is { } t && t.Contains(f.Span) ? 1 : 0).ThenBy(f => f.Span.Start);
        foreach (var figure in ordered)
        {
            var inTitle = title is { } tt && tt.Contains(figure.Span);
            // Rows of a table ("– الرقة 26 مجزرة", "– 26 مجزرة على يد ...") may share a value by chance.
            var original = ListLines.IsListLine(text, figure.Span.Start) ? null
                : kept.FirstOrDefault(k => Restates(figure, k, inTitle) && !ListLines.IsListLine(text, k.Span.Start));
            if (original is not null)
            {
                if (!inTitle) restated?.Add(figure, original);
                continue;
            }
            kept.Add(figure);
        }
        kept.RemoveAll(f => f.Group == FigureGroup.Total && f.Value is >= MinMergedValue
                            && kept.Any(k => k.Group != FigureGroup.Total && k.Category == f.Category && k.Value == f.Value));
        var precise = kept.Where(f => f.Value is not null && !(title is { } t && t.Contains(f.Span))).ToList();
        kept.RemoveAll(f => f.Value is null && title is { } t && t.Contains(f.Span)
                            && precise.Any(p => (p.Category == f.Category || f.Category == FigureCategory.Casualties) && GroupsCompatible(p.Group, f.Group)));
        return kept.OrderBy(f => f.Span.Start).ToList();
    }

    private const long MinMergedValue = 10;

    private static bool Restates(FigureMention candidate, FigureMention kept, bool candidateInTitle)
    {
        if (candidate.Category != kept.Category) return false;
        if (candidate.Value == kept.Value && candidate.Group == kept.Group) return candidate.Value is not null || candidateInTitle;
        // "مقتل 40 عنصراً" ... "مقتل 40 شخصاً": the same toll told with a vaguer noun. Small counts coincide too often to merge.
        if (candidate.Value is >= MinMergedValue && candidate.Value == kept.Value && candidate.Group == FigureGroup.Total) return true;
        if (!candidateInTitle || candidate.Value is not { } v || kept.Value is not { } k || !GroupsCompatible(candidate.Group, kept.Group)) return false;
        // "أكثر من 3 آلاف" in a title for the body's 3021.
        return candidate.Qualifier switch
        {
            Qualifier.MoreThan or Qualifier.AtLeast => k >= v && k <= v * 1.5,
            Qualifier.About => Math.Abs(k - v) <= v * 0.2,
            Qualifier.AtMost => k <= v,
            _ => false,
        };
    }

    private static bool GroupsCompatible(FigureGroup a, FigureGroup b) => a == b || a == FigureGroup.Total || b == FigureGroup.Total;
}
