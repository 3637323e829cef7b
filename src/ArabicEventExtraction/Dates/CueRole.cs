namespace ArabicEventExtraction.Dates;

/// <summary>Roles of the function words in Resources/Dates/cues.tsv.</summary>
public enum CueRole
{
    Since,
    From,
    Between,
    To,
    And,
    Within,
    In,
    Ago,
    Approx,
    More,
    Few,
    Day,
    Month,
    Year,
    Years,
    This,
    Hijri,
    Gregorian,
    Equals,
    SameDay,
    NotTodayBefore,
    NotTodayAfter,
    TwoBefore,
    TwoAfter,
    NotWeekdayAfter,
    YearCue,
    YearFollow,
    /// <summary>After "خلال الأشهر الستة": a part of a named period follows, not a stretch up to publication.</summary>
    NotStretchAfter,
    /// <summary>"بعد سبع سنوات من الحرب", "بعد ثلاثة أيام من الهجوم الذي وقع في 5 مارس".</summary>
    After,
    /// <summary>"ما" in "العام ما قبل الماضي".</summary>
    Filler,
    /// <summary>After a unit noun: the unit of the nearest earlier date ("اليوم نفسه", "الشهر ذاته").</summary>
    SameRef,
    /// <summary>After a unit noun: the unit after the nearest earlier date ("اليوم التالي").</summary>
    NextRef,
    /// <summary>After اليوم/الليلة: the day before the nearest earlier date ("اليوم السابق").</summary>
    PrevRef,
    /// <summary>Before "غدا": the verb "became", not "tomorrow" ("الذي غدا رمزا").</summary>
    BecameBefore,
    Century,
    Twentieth,
    /// <summary>"في الستينيات من العمر": an age, not a decade.</summary>
    NotDecadeAfter,
    /// <summary>"على" in "بعد سبع سنوات على الحرب".</summary>
    On,
    /// <summary>"مرور" in "بعد مرور ثلاث سنوات على الحرب".</summary>
    Passing,
    /// <summary>"اندلاع", "بدء" before a conflict noun.</summary>
    Onset,
    /// <summary>"عامها" in "دخلت الحرب عامها الثامن".</summary>
    ItsYear,
    /// <summary>"شهري" before two month names.</summary>
    Months,
    /// <summary>"يومي" before two weekdays.</summary>
    Days,
    /// <summary>"حي 7 يوليو", "مستشفى 22 مايو", "جسر 6 أكتوبر": a date right after it names a place.</summary>
    NameHead,
}
