using System.Globalization;

namespace ArabicEventExtraction.Evaluation;

/// <summary>The days a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date covers (score.py day_range).</summary>
public readonly record struct DayRange(DateOnly First, DateOnly Last)
{
    /// <summary>Null where score.py's day_range gives None: empty, not numeric, or not a calendar date.</summary>
    public static DayRange? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var parts = new List<int>();
        foreach (var part in text.Split('-'))
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var n))
                return null;
            parts.Add(n);
        }
        try
        {
            return parts.Count switch
            {
                3 => new DayRange(new DateOnly(parts[0], parts[1], parts[2]), new DateOnly(parts[0], parts[1], parts[2])),
                2 => new DayRange(new DateOnly(parts[0], parts[1], 1), new DateOnly(parts[0], parts[1], 1).AddMonths(1).AddDays(-1)),
                1 => new DayRange(new DateOnly(parts[0], 1, 1), new DateOnly(parts[0], 12, 31)),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;    // score.py stops with an error here; an impossible date simply does not overlap
        }
    }
}
