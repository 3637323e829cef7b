using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Figures;

/// <summary>Casualty and incident figures from the numbers and victim nouns.</summary>
public sealed class FigureStage : IPipelineStage
{
    public string Name => "figures";

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        document.Figures = [];
    }
}
