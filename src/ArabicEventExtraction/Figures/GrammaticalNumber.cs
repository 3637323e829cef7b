namespace ArabicEventExtraction.Figures;

public enum GrammaticalNumber
{
    Singular,
    Dual,
    Plural,
}
