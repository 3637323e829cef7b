namespace ArabicEventExtraction.Numbers;

/// <summary>What a '.' inside a digit run stands for.</summary>
internal enum DotMeaning
{
    None,
    Thousands,
    Decimal,
}
