using System.Diagnostics;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// Trains a <see cref="TaggerModel"/> with the averaged structured perceptron: decode each sentence
/// with BIO-constrained Viterbi, and where the best path differs from the gold one, reward the gold
/// features and transitions and penalize the predicted ones. With a document window, a second layer
/// is trained on top of first-layer tags that come from cross-validation (each fold tagged by a
/// model that did not see it), as it will see them on new text. Single-threaded with a seeded
/// visiting order: the same data and options give the same weights bit for bit.
/// </summary>
public static class PerceptronTrainer
{
    private const int Folds = 5;

    public static TrainingResult Train(
        IReadOnlyList<TaggedSentence> train,
        IReadOnlyList<TaggedSentence>? dev,
        TrainingOptions options,
        Action<EpochReport>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (train.Count == 0) throw new ArgumentException("no training sentences", nameof(train));
        var run = new LayerTrainer(LabelSet(train), options, progress, cancellationToken);
        var settings = options.Features with { Lexicons = options.Lexicons.Select(l => l.Name).ToArray() };
        var extractor = new FeatureExtractor(settings, options.Lexicons);
        var trainFeatures = train.Select(s => extractor.Extract(s.Tokens)).ToArray();
        var devFeatures = dev?.Select(s => extractor.Extract(s.Tokens)).ToArray();
        var gold = train.Select(s => s.Tags.Select(t => run.LabelIndex[t]).ToArray()).ToArray();

        var stacking = settings.DocumentWindow > 0 && train.Count >= Folds * 2;
        var first = run.Train(stacking ? "first layer" : "tagger", trainFeatures, gold, dev, devFeatures);
        var last = first;
        TagWeights? second = null;
        if (stacking)
        {
            var heldOut = CrossValidatedTags(run, trainFeatures, gold, first.BestEpoch);
            var stackedTrain = DocumentMemory.Stack(Tokens(train), trainFeatures, heldOut, run.Labels, settings.DocumentWindow);
            var stackedDev = dev is null ? null : DocumentMemory.Stack(Tokens(dev), devFeatures!,
                devFeatures!.Select(f => first.Weights.Decode(f, run.Allowed)).ToArray(), run.Labels, settings.DocumentWindow);
            last = run.Train("second layer", stackedTrain, gold, dev, stackedDev);
            second = last.Weights;
        }
        else
        {
            settings = settings with { DocumentWindow = 0 };
        }

        var metadata = new ModelMetadata
        {
            Created = options.Created,
            TrainingDataSha256 = TaggedDataHash.Of(train),
            TrainingSentences = train.Count,
            TrainingTokens = train.Sum(s => s.Tokens.Count),
            Seed = options.Seed,
            EpochsRun = last.History.Count,
            BestEpoch = last.BestEpoch,
            Labels = run.Labels,
            Features = settings,
            DevDataSha256 = dev is null ? null : TaggedDataHash.Of(dev),
            DevF1 = last.Dev is not { } report
                ? new SortedDictionary<string, double>(StringComparer.Ordinal)
                : new SortedDictionary<string, double>(
                    report.PerLabel.Append(report.Micro).ToDictionary(s => s.Label, s => Math.Round(s.F1, 4)), StringComparer.Ordinal),
        };
        var model = new TaggerModel(metadata, first.Weights, second, options.Lexicons);
        return new TrainingResult(model, run.History, last.Dev);
    }

    /// <summary>First-layer tags for every training sentence from a model trained on the other folds (contiguous blocks) for as many epochs as the first layer kept.</summary>
    private static int[][] CrossValidatedTags(LayerTrainer run, ulong[][][] features, int[][] gold, int epochs)
    {
        var tags = new int[features.Length][];
        for (var k = 0; k < Folds; k++)
        {
            var from = features.Length * k / Folds;
            var to = features.Length * (k + 1) / Folds;
            var inFold = (int s) => s >= from && s < to;
            var others = Enumerable.Range(0, features.Length).Where(s => !inFold(s)).ToArray();
            var layer = run.Train($"first layer, fold {k + 1}/{Folds}",
                others.Select(s => features[s]).ToArray(), others.Select(s => gold[s]).ToArray(), null, null, epochs);
            for (var s = from; s < to; s++) tags[s] = layer.Weights.Decode(features[s], run.Allowed);
        }
        return tags;
    }

    private static IReadOnlyList<IReadOnlyList<string>> Tokens(IReadOnlyList<TaggedSentence> sentences) =>
        sentences.Select(s => s.Tokens).ToArray();

    /// <summary>"O" first, then every B-X and I-X of the data (both, even if only one occurs), ordinal order.</summary>
    private static string[] LabelSet(IReadOnlyList<TaggedSentence> train)
    {
        var entityLabels = train.SelectMany(s => s.Tags).Select(BioTags.LabelOf).OfType<string>().Distinct();
        return new[] { BioTags.Outside }
            .Concat(entityLabels.OrderBy(l => l, StringComparer.Ordinal).SelectMany(l => new[] { "B-" + l, "I-" + l }))
            .ToArray();
    }
}
