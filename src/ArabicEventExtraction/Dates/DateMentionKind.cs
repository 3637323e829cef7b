namespace ArabicEventExtraction.Dates;

public enum DateMentionKind
{
    /// <summary>A day, month, season or year the text names or implies ("أمس", "19 أيلول 2016").</summary>
    Point,
    /// <summary>A period with two ends ("بين X و Y", "النصف الثاني من العام الماضي", "خلال الساعات الماضية").</summary>
    Period,
    /// <summary>"منذ X": from X up to the publication date.</summary>
    Since,
    /// <summary>A future reference ("غدا"): never an event date.</summary>
    Future,
}
