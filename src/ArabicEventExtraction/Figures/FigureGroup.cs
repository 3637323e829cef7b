namespace ArabicEventExtraction.Figures;

public enum FigureGroup
{
    Total,
    Civilians,
    Children,
    Women,
    Men,
    Fighters,
    Medical,
}
