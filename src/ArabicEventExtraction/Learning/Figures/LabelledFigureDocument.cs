using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>A document analysed up to the figure stage, its candidate numbers with features, and their alignment to gold.</summary>
public sealed record LabelledFigureDocument(AnalyzedDocument Document, List<FigureCandidate> Candidates, FigureFeatures[] Features, FigureAlignment Gold)
{
    public static LabelledFigureDocument Create(AnalyzedDocument document, IReadOnlyList<GoldFigure> gold)
    {
        var candidates = FigureCandidates.Of(document);
        return new LabelledFigureDocument(document, candidates, FigureFeatureExtractor.Extract(document, candidates),
            FigureAligner.Align(document.Document.Text, candidates, gold));
    }
}
