using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// Gives each candidate number its gold label: the gold figure whose text, found in the document
/// (the first occurrence after the previous figure's, else the first at all), holds the number.
/// Numbers in no gold figure are "none"; gold figures holding no candidate are counted as missed.
/// </summary>
public static class FigureAligner
{
    public static FigureAlignment Align(string text, IReadOnlyList<FigureCandidate> candidates, IReadOnlyList<GoldFigure> gold)
    {
        var labels = Enumerable.Repeat(FigureLabels.None, candidates.Count).ToArray();
        var figures = new GoldFigure?[candidates.Count];
        var cursor = 0;
        var unaligned = new List<GoldFigure>();
        foreach (var figure in gold)
        {
            var at = text.IndexOf(figure.Text, cursor, StringComparison.Ordinal);
            if (at < 0) at = text.IndexOf(figure.Text, StringComparison.Ordinal);
            if (at < 0) { unaligned.Add(figure); continue; }
            cursor = at;
            var span = new TextSpan(at, at + figure.Text.Length);
            var index = -1;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (span.Contains(candidates[i].Number.Span) && labels[i] == FigureLabels.None) { index = i; break; }
            }
            if (index < 0) { unaligned.Add(figure); continue; }
            labels[index] = FigureLabels.Of(figure.Category, figure.Groups[0]);
            figures[index] = figure;
        }
        return new FigureAlignment(labels, figures, unaligned);
    }

    /// <summary>Whether a predicted label matches the gold figure (any of its acceptable groups).</summary>
    public static bool Matches(string predicted, GoldFigure? gold) =>
        gold is null ? predicted == FigureLabels.None : gold.Groups.Any(g => FigureLabels.Of(gold.Category, g) == predicted);
}
