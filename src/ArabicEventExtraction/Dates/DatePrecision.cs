namespace ArabicEventExtraction.Dates;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
