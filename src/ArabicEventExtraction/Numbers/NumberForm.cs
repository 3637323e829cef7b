namespace ArabicEventExtraction.Numbers;

public enum NumberForm
{
    Digits,
    Words,
    Mixed,
    /// <summary>A dual noun such as طفلين: the noun itself says "two".</summary>
    Dual,
    /// <summary>عشرات, مئات, آلاف: no exact value.</summary>
    Vague,
}
