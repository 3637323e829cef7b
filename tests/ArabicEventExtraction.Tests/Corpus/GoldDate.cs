using System.Globalization;

namespace ArabicEventExtraction.Tests.Corpus;

/// <summary>A gold date range as written: each end is YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public sealed record GoldDate(string Start, string End)
{
    private static readonly string[] Formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    /// <summary>The first and last day a bound covers ("2016-06" covers 1 to 30 June); false when not ISO.</summary>
    public static bool TryParseBound(string text, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (!DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
            return false;
        last = text.Length switch
        {
            4 => new DateOnly(first.Year, 12, 31),
            7 => first.AddMonths(1).AddDays(-1),
            _ => first,
        };
        return true;
    }
}
