using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Pipeline;

/// <summary>Runs its stages in order over a document.</summary>
public sealed class ExtractionPipeline(IReadOnlyList<IPipelineStage> stages)
{
    public IReadOnlyList<IPipelineStage> Stages { get; } = stages;

    public AnalyzedDocument Run(Document document, CancellationToken cancellationToken = default)
    {
        var analyzed = new AnalyzedDocument(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(analyzed, cancellationToken);
        }
        return analyzed;
    }

    /// <summary>The standard rule-based pipeline: text layer, mentions, figures, events.</summary>
    public static ExtractionPipeline CreateDefault(PipelineOptions? options = null) => new(
    [
        new TextStage(),
        new MentionStage(PlacesFor(options)),
        new Figures.FigureStage(),
        new Events.EventStage(),
    ]);

    private static Places.PlaceRecognizer? PlacesFor(PipelineOptions? options)
    {
        if (options is null || options.ExtraGazetteers.Count == 0) return null;
        var gazetteer = options.ExtraGazetteers.Aggregate(Places.Gazetteer.LoadDefault(), (g, path) => g.With(path));
        return new Places.PlaceRecognizer(gazetteer);
    }
}
