namespace ArabicEventExtraction.Learning.Figures;

/// <summary>Per candidate number its gold label and gold figure (null: none), and the gold figures that hold no candidate.</summary>
public sealed record FigureAlignment(string[] Labels, GoldFigure?[] Gold, IReadOnlyList<GoldFigure> Unaligned);
