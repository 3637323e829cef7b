namespace ArabicEventExtraction.Dates;

/// <summary>A part of a year or month named by a word such as مطلع, منتصف, النصف الثاني or صيف.</summary>
public enum PeriodPart
{
    Whole,
    Early,
    Middle,
    Late,
    FirstHalf,
    SecondHalf,
    Q1,
    Q2,
    Q3,
    Q4,
    Spring,
    Summer,
    Autumn,
    Winter,
}
