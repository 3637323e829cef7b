namespace ArabicEventExtraction.Numbers;

/// <summary>What a '.' (or, for DecimalComma, a ',') inside a digit run stands for.</summary>
internal enum DotMeaning
{
    None,
    Thousands,
    Decimal,
    /// <summary>"2,6 مليون": a comma before one or two digits and a scale word is a decimal comma.</summary>
    DecimalComma,
}
