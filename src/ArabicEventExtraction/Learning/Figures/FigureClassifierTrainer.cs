using System.Security.Cryptography;
using System.Text;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// Trains the figure classifier from aligned gold documents: an averaged perceptron for the category
/// (or "none") of every candidate number, and one for the group of the numbers that are figures.
/// </summary>
public static class FigureClassifierTrainer
{
    public static FigureClassifierModel Train(IReadOnlyList<LabelledFigureDocument> documents, TrainingOptions options, Action<EpochReport>? progress = null)
    {
        var examples = documents.SelectMany(d => d.Features.Zip(d.Gold.Labels)).ToArray();
        if (examples.Length == 0) throw new ArgumentException("no candidate numbers in the training documents", nameof(documents));
        var figures = examples.Where(e => e.Second != FigureLabels.None).ToArray();
        if (figures.Length == 0) throw new ArgumentException("no gold figure holds a candidate number in the training documents", nameof(documents));
        var categories = new[] { FigureLabels.None }
            .Concat(figures.Select(e => FigureLabels.CategoryOf(e.Second)).Distinct().Order(StringComparer.Ordinal))
            .ToArray();
        var groups = figures.Select(e => GroupOf(e.Second)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var settings = options with { WordDropout = 0 };
        var categoryLayer = TrainLayer("categories", categories, examples.Select(e => (e.First.Category, FigureLabels.CategoryOf(e.Second))), settings, progress);
        var groupLayer = TrainLayer("groups", groups, figures.Select(e => (e.First.Group, GroupOf(e.Second))), settings, progress);
        var metadata = new FigureModelMetadata
        {
            Created = options.Created,
            TrainingDataSha256 = Hash(documents),
            Documents = documents.Count,
            Candidates = examples.Length,
            Seed = options.Seed,
            Epochs = categoryLayer.History.Count,
            Classes = new[] { FigureLabels.None }.Concat(figures.Select(e => e.Second).Distinct().Order(StringComparer.Ordinal)).ToArray(),
            Categories = categories,
            Groups = groups,
        };
        return new FigureClassifierModel(metadata, categoryLayer.Weights, groupLayer.Weights);
    }

    private static LayerResult TrainLayer(string stage, string[] classes, IEnumerable<(ulong[] Features, string Label)> examples, TrainingOptions options, Action<EpochReport>? progress)
    {
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var list = examples.ToArray();
        var run = new LayerTrainer(classes, options, progress, CancellationToken.None);
        return run.Train(stage, list.Select(e => new[] { e.Features }).ToArray(), list.Select(e => new[] { index[e.Label] }).ToArray(), null, null);
    }

    private static string GroupOf(string label) => label[(label.IndexOf('/') + 1)..];

    /// <summary>SHA-256 over each document's id and text and its candidates' gold labels.</summary>
    private static string Hash(IReadOnlyList<LabelledFigureDocument> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var d in documents)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(d.Document.Document.Id + "\n" + d.Document.Document.Text + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join("\n", d.Gold.Labels) + "\n\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
