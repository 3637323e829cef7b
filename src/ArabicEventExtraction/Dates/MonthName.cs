namespace ArabicEventExtraction.Dates;

/// <summary>A month name: its number, its calendar, and whether it is also an ordinary word (مارس, آب, رمضان).</summary>
public sealed record MonthName(int Month, bool IsHijri, bool IsAmbiguous);
