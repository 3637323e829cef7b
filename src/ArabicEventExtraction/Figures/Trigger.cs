namespace ArabicEventExtraction.Figures;

/// <summary>A word that gives a figure its category; Category null marks a non-casualty action that ends the search.</summary>
public sealed record Trigger(string Form, FigureCategory? Category, bool Before, bool After);
