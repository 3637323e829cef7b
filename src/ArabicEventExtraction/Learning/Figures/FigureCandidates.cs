using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>The numbers of an analysed document (after the mention and figure stages), each with the rule figure holding it.</summary>
public static class FigureCandidates
{
    public static List<FigureCandidate> Of(AnalyzedDocument document) =>
        document.Numbers
            .Select(n => new FigureCandidate(n, document.Figures.FirstOrDefault(f => f.Span.Contains(n.Span))))
            .ToList();
}
