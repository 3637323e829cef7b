namespace ArabicEventExtraction.Figures;

public enum Qualifier
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    AtMost,
    Vague,
}
