using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;

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

    /// <summary>
    /// The standard pipeline: text layer, mentions, figures, events; with options.ModelsDirectory, the
    /// figure classifier after the rule-based figures. A missing or unreadable model file throws
    /// (FileNotFoundException, DirectoryNotFoundException or ModelFormatException) naming it.
    /// </summary>
    public static ExtractionPipeline CreateDefault(PipelineOptions? options = null)
    {
        var stages = new List<IPipelineStage>
        {
            new TextStage(),
            new MentionStage(PlacesFor(options)),
            new Figures.FigureStage(),
        };
        if (options?.ModelsDirectory is { } models && options.FigureCombination != FigureCombination.RulesOnly)
            stages.Add(new FigureClassifierStage(ModelDirectory.LoadFigureClassifier(models), options.FigureCombination, options.FigureMinMargin));
        stages.Add(new Events.EventStage());
        return new ExtractionPipeline(stages);
    }

    private static Places.PlaceRecognizer? PlacesFor(PipelineOptions? options)
    {
        if (options is null || options.ExtraGazetteers.Count == 0) return null;
        var gazetteer = options.ExtraGazetteers.Aggregate(Places.Gazetteer.LoadDefault(), (g, path) => g.With(path));
        return new Places.PlaceRecognizer(gazetteer);
    }
}
