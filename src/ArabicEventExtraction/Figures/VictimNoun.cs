namespace ArabicEventExtraction.Figures;

/// <summary>A noun naming the persons or incidents a figure counts (مدنيين, طفلا, قتلى, غارات).</summary>
public sealed record VictimNoun(string Form, FigureGroup Group, GrammaticalNumber Number, FigureCategory? Category)
{
    /// <summary>A person noun of no stated kind (شخص, قتيل) whose group a following word may refine.</summary>
    public bool IsGeneric { get; init; }
    /// <summary>آخرين: "the others", counted like its antecedent.</summary>
    public bool IsOther { get; init; }
    /// <summary>حالة: takes its category from the next word ("حالة اختناق").</summary>
    public bool IsCase { get; init; }
    public bool IsIncident { get; init; }
    /// <summary>جثة/جثث: bodies found, a state at the time of the report.</summary>
    public bool IsFound { get; init; }
}
