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
    /// <summary>Weeks of a month ("الأسبوع الأول من مارس"): days 1–7, 8–14, 15–21, 22–28, and its last seven days.</summary>
    Week1,
    Week2,
    Week3,
    Week4,
    LastWeek,
}
