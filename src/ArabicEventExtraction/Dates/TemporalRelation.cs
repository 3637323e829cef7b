namespace ArabicEventExtraction.Dates;

/// <summary>How a month, weekday or unit relates to the publication date: الماضي, الجاري, المقبل.</summary>
public enum TemporalRelation
{
    None,
    Past,
    Current,
    Next,
    /// <summary>"قبل الماضي": the one before the last.</summary>
    BeforeLast,
}
