namespace ArabicEventExtraction.Dates;

/// <summary>A part word; anaphoric forms ("نهايته") refer to the unit just named.</summary>
public sealed record PartWord(PeriodPart Part, bool IsAnaphoric);
