using System.Security.Cryptography;
using System.Text;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>Trains the figure classifier (averaged perceptron, one decision per candidate number) from aligned gold documents.</summary>
public static class FigureClassifierTrainer
{
    public static FigureClassifierModel Train(IReadOnlyList<LabelledFigureDocument> documents, TrainingOptions options, Action<EpochReport>? progress = null)
    {
        var examples = documents.SelectMany(d => d.Features.Zip(d.Gold.Labels)).ToArray();
        if (examples.Length == 0) throw new ArgumentException("no candidate numbers in the training documents", nameof(documents));
        var classes = new[] { FigureLabels.None }
            .Concat(examples.Select(e => e.Second).Where(l => l != FigureLabels.None).Distinct().Order(StringComparer.Ordinal))
            .ToArray();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var run = new LayerTrainer(classes, options with { WordDropout = 0 }, progress, CancellationToken.None);
        var layer = run.Train("figures", examples.Select(e => new[] { e.First }).ToArray(), examples.Select(e => new[] { index[e.Second] }).ToArray(), null, null);
        var metadata = new FigureModelMetadata
        {
            Created = options.Created,
            TrainingDataSha256 = Hash(documents),
            Documents = documents.Count,
            Candidates = examples.Length,
            Seed = options.Seed,
            Epochs = layer.History.Count,
            Classes = classes,
        };
        return new FigureClassifierModel(metadata, layer.Weights);
    }

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
