using System.Diagnostics;

namespace ArabicEventExtraction.Learning;

/// <summary>Trains one <see cref="TagWeights"/> layer over precomputed features; keeps the epoch history of a training run.</summary>
internal sealed class LayerTrainer(string[] labels, TrainingOptions options, Action<EpochReport>? progress, CancellationToken cancellationToken)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public string[] Labels { get; } = labels;

    public Dictionary<string, int> LabelIndex { get; } =
        labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

    public bool[] Allowed { get; } = ViterbiDecoder.BioConstraints(labels);

    public List<EpochReport> History { get; } = [];

    public LayerResult Train(string stage, ulong[][][] trainFeatures, int[][] gold, IReadOnlyList<TaggedSentence>? dev, ulong[][][]? devFeatures, int? epochs = null)
    {
        var L = Labels.Length;
        var rows = new Dictionary<ulong, int>();
        var rowHashes = new List<ulong>();
        var train = trainFeatures.Select(s => ToRows(s, rows, rowHashes, grow: true)).ToArray();
        var devRows = devFeatures?.Select(s => ToRows(s, rows, rowHashes, grow: false)).ToArray();
        var weights = new PerceptronWeights(rowHashes.Count, L);
        var rng = new SplitMix64((ulong)options.Seed);
        var order = Enumerable.Range(0, train.Length).ToArray();
        var history = new List<EpochReport>();
        (float[] W, float[] T) best = default;
        double bestF1 = -1;
        var bestEpoch = 0;
        EvaluationReport? bestDev = null;

        var maxEpochs = epochs ?? options.Epochs;
        for (var epoch = 1; epoch <= maxEpochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rng.Shuffle(order);
            int tokens = 0, correct = 0;
            foreach (var s in order)
            {
                var features = DropWordIdentity(train[s], options.WordDropout, rng);
                var path = weights.Decode(features, weights.W, weights.T, Allowed);
                tokens += gold[s].Length;
                for (var i = 0; i < gold[s].Length; i++) if (path[i] == gold[s][i]) correct++;
                weights.Update(features, gold[s], path);
            }
            var averaged = weights.Averaged();
            double? devF1 = null;
            var isBest = false;
            if (dev is not null)
            {
                var predicted = devRows!.Select(f => (IReadOnlyList<string>)weights.Decode(f, averaged.W, averaged.T, Allowed).Select(y => Labels[y]).ToArray()).ToList();
                var report = ChunkEvaluator.Evaluate(dev.Select(s => s.Tags).ToList(), predicted);
                devF1 = report.Micro.F1;
                if (report.Micro.F1 > bestF1) (bestF1, bestEpoch, best, bestDev, isBest) = (report.Micro.F1, epoch, averaged, report, true);
            }
            else
            {
                (bestEpoch, best, isBest) = (epoch, averaged, true);
            }
            var entry = new EpochReport(epoch, maxEpochs, tokens == 0 ? 0 : (double)correct / tokens, devF1, isBest, _clock.Elapsed) { Stage = stage };
            history.Add(entry);
            History.Add(entry);
            progress?.Invoke(entry);
            if (dev is not null && epoch - bestEpoch >= options.Patience) break;
        }
        return new LayerResult(Compact(rowHashes, best.W!, best.T!, L), history, bestDev, bestEpoch);
    }

    /// <summary>
    /// Hides a token's word and stem features at random, so the affix, shape and context features
    /// learn to recognise the names the training data does not contain.
    /// </summary>
    private static int[][] DropWordIdentity(int[][] features, double rate, SplitMix64 rng)
    {
        if (rate <= 0) return features;
        var result = new int[features.Length][];
        for (var i = 0; i < features.Length; i++)
        {
            var token = features[i];
            var drop = rng.NextDouble() < rate && token.Length > FeatureExtractor.IdentityFeatureCount;
            result[i] = drop ? token[FeatureExtractor.IdentityFeatureCount..] : token;
        }
        return result;
    }

    private static int[][] ToRows(ulong[][] features, Dictionary<ulong, int> rows, List<ulong> rowHashes, bool grow)
    {
        var result = new int[features.Length][];
        var buffer = new List<int>(64);
        for (var i = 0; i < features.Length; i++)
        {
            buffer.Clear();
            foreach (var hash in features[i])
            {
                if (rows.TryGetValue(hash, out var row)) { buffer.Add(row); continue; }
                if (!grow) continue;
                rows.Add(hash, rowHashes.Count);
                buffer.Add(rowHashes.Count);
                rowHashes.Add(hash);
            }
            result[i] = buffer.ToArray();
        }
        return result;
    }

    /// <summary>Keeps only features with a non-zero weight, in ascending hash order.</summary>
    private static TagWeights Compact(List<ulong> rowHashes, float[] w, float[] t, int L)
    {
        var kept = Enumerable.Range(0, rowHashes.Count)
            .Where(r => w.AsSpan(r * L, L).ContainsAnyExcept(0f))
            .OrderBy(r => rowHashes[r])
            .ToArray();
        var hashes = kept.Select(r => rowHashes[r]).ToArray();
        var weights = new float[kept.Length * L];
        for (var k = 0; k < kept.Length; k++) w.AsSpan(kept[k] * L, L).CopyTo(weights.AsSpan(k * L, L));
        return new TagWeights(L, hashes, weights, t);
    }
}
