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
}
