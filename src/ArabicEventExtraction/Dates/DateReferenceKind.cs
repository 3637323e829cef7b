namespace ArabicEventExtraction.Dates;

public enum DateReferenceKind
{
    /// <summary>Day, month and year as far as the text gives them ("15 نوفمبر", "صيف 2012").</summary>
    Calendar,
    /// <summary>A day counted from the publication date (اليوم, أمس, أول أمس, غدا).</summary>
    RelativeDay,
    /// <summary>A named weekday ("الاثنين", "الجمعة الماضية").</summary>
    Weekday,
    /// <summary>The unit containing the publication date, or the one before or after it ("العام الماضي", "هذا الشهر").</summary>
    RelativeUnit,
    /// <summary>An amount of time before the publication date ("قبل يومين", "منذ ثلاث سنوات").</summary>
    Ago,
    /// <summary>The stretch just before the publication date ("خلال الساعات الماضية", "اليومين الماضيين").</summary>
    Recent,
    /// <summary>The publication day and month in another year ("في مثل هذا اليوم من عام 1990").</summary>
    DctAnniversary,
    /// <summary>A decade ("التسعينيات", "تسعينيات القرن الماضي"); <see cref="DateReference.Year"/> is its first year.</summary>
    Decade,
    /// <summary>A war or conflict so far ("بعد سبع سنوات من الحرب", "السنة الثامنة للحرب"): from that many units before publication up to it.</summary>
    ConflictSoFar,
    /// <summary>The undated onset of a conflict ("منذ اندلاع الحرب"): the start of the conflict period the text dates elsewhere.</summary>
    ConflictOnset,
    /// <summary>A day, month or year counted from the nearest earlier date of the text ("اليوم التالي", "15 من الشهر نفسه").</summary>
    Anaphoric,
}
