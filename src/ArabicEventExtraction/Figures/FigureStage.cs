using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Figures;

/// <summary>Casualty and incident figures from the numbers and victim nouns.</summary>
public sealed class FigureStage(FigureLexicon? lexicon = null) : IPipelineStage
{
    private readonly FigureLexicon _lexicon = lexicon ?? FigureLexicon.Default;

    public string Name => "figures";

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var text = new FigureText(document.Normalized, document.Numbers, _lexicon);
        document.Figures = CasualtyTallies.Default.Apply(document.Normalized, document.Sentences, new FigureFinder(text).Find());
    }
}
