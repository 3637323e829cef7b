namespace ArabicEventExtraction.Dates;

/// <summary>A unit word with the count it carries itself: 1 (أسبوع), 2 (يومين), or null when a count must precede it (أيام).</summary>
public sealed record UnitWord(CalendarUnit Unit, int? Count);
