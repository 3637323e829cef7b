namespace ArabicEventExtraction.Figures;

public enum FigureCategory
{
    Killed,
    Injured,
    Detained,
    Missing,
    Displaced,
    Besieged,
    Incidents,
    Casualties,
}
