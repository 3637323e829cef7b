using System.Globalization;
using System.Text;

namespace ArabicEventExtraction.Search.Storage;

/// <summary>
/// Coarse date terms in the full-text index's second column (m201612 for each month a document's
/// events cover, y2016 for each year), so a date filter narrows the full-text match inside FTS5
/// instead of after it. Exact overlap is still checked in SQL; these only have to never miss.
/// </summary>
public static class DateTokens
{
    public const int MaxMonths = 36;
    public const int MaxYears = 30;
    private const string LongMonths = "mlong";
    private const string LongYears = "ylong";

    /// <summary>The date terms of a document: its events' periods, or its publication date for events without one.</summary>
    public static string For(IEnumerable<(DateOnly From, DateOnly To)> periods)
    {
        var tokens = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, to) in periods)
        {
            if (to < from) continue;
            var months = Months(from, to);
            if (months > MaxMonths) tokens.Add(LongMonths);
            else for (var m = 0; m < months; m++) tokens.Add(Month(from.AddMonths(m)));
            if (to.Year - from.Year + 1 > MaxYears) tokens.Add(LongYears);
            else for (var y = from.Year; y <= to.Year; y++) tokens.Add(Year(y));
        }
        return string.Join(' ', tokens);
    }

    /// <summary>An FTS5 expression over the date column for a filter window, or null when the window is too wide to help.</summary>
    public static string? Query(DateOnly from, DateOnly to)
    {
        if (to < from) return null;
        var sb = new StringBuilder();
        var months = Months(from, to);
        if (months <= 24)
        {
            for (var m = 0; m < months; m++) sb.Append(Month(from.AddMonths(m))).Append(" OR ");
            return sb.Append(LongMonths).ToString();
        }
        if (to.Year - from.Year + 1 > MaxYears) return null;
        for (var y = from.Year; y <= to.Year; y++) sb.Append(Year(y)).Append(" OR ");
        return sb.Append(LongYears).ToString();
    }

    private static int Months(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month + 1;

    private static string Month(DateOnly d) => "m" + d.ToString("yyyyMM", CultureInfo.InvariantCulture);

    private static string Year(int y) => "y" + y.ToString("D4", CultureInfo.InvariantCulture);
}
