namespace ArabicEventExtraction.Dates;

public enum CalendarUnit
{
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}
