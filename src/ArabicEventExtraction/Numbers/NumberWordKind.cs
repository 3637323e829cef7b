namespace ArabicEventExtraction.Numbers;

/// <summary>The grammatical role of a number word; see Resources/Numbers/number_words.tsv.</summary>
internal enum NumberWordKind
{
    Unit,
    TeenFirst,
    Ten,
    Hundred,
    Scale,
    ScaleDual,
    ScalePlural,
    Vague,
    VagueScale,
    Dual,
    /// <summary>نصف, ربع: a number only before a scale; Value in millionths.</summary>
    Fraction,
    /// <summary>الرابعة (fourth): never a number, and keeps the عشرة of "الرابعة عشرة" from reading as 10.</summary>
    Ordinal,
    /// <summary>المليون: only completes "مليون ونصف المليون".</summary>
    ScaleDefinite,
}
