using System.Diagnostics;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// Trains a <see cref="TaggerModel"/> with the averaged structured perceptron: decode each sentence
/// with BIO-constrained Viterbi, and where the best path differs from the gold one, reward the gold
/// features and transitions and penalize the predicted ones. Single-threaded with a seeded visiting
/// order, so the same data and options give the same weights bit for bit.
/// </summary>
public static class PerceptronTrainer
{
    public static TrainingResult Train(
        IReadOnlyList<TaggedSentence> train,
        IReadOnlyList<TaggedSentence>? dev,
        TrainingOptions options,
        Action<EpochReport>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (train.Count == 0) throw new ArgumentException("no training sentences", nameof(train));
        var clock = Stopwatch.StartNew();
        var labels = LabelSet(train);
        var L = labels.Length;
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var settings = options.Features with { Lexicons = options.Lexicons.Select(l => l.Name).ToArray() };
        var extractor = new FeatureExtractor(settings, options.Lexicons);

        var rows = new Dictionary<ulong, int>();
        var rowHashes = new List<ulong>();
        var trainFeatures = train.Select(s => ToRows(extractor.Extract(s.Tokens), rows, rowHashes, grow: true)).ToArray();
        var trainGold = train.Select(s => s.Tags.Select(t => labelIndex[t]).ToArray()).ToArray();
        var devFeatures = dev?.Select(s => ToRows(extractor.Extract(s.Tokens), rows, rowHashes, grow: false)).ToArray();

        var weights = new PerceptronWeights(rowHashes.Count, L);
        var allowed = ViterbiDecoder.BioConstraints(labels);
        var rng = new SplitMix64((ulong)options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var history = new List<EpochReport>();
        (float[] W, float[] T)? best = null;
        double bestF1 = -1;
        var bestEpoch = 0;
        EvaluationReport? bestDev = null;

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rng.Shuffle(order);
            int tokens = 0, correct = 0;
            foreach (var s in order)
            {
                var features = DropWordIdentity(trainFeatures[s], options.WordDropout, rng);
                var path = weights.Decode(features, weights.W, weights.T, allowed);
                var gold = trainGold[s];
                tokens += gold.Length;
                for (var i = 0; i < gold.Length; i++) if (path[i] == gold[i]) correct++;
                weights.Update(features, gold, path);
            }
            var averaged = weights.Averaged();
            double? devF1 = null;
            var isBest = false;
            if (dev is not null)
            {
                var report = Evaluate(dev, devFeatures!, weights, averaged, allowed, labels);
                devF1 = report.Micro.F1;
                if (report.Micro.F1 > bestF1)
                {
                    (bestF1, bestEpoch, best, bestDev, isBest) = (report.Micro.F1, epoch, averaged, report, true);
                }
            }
            else
            {
                (bestEpoch, best, isBest) = (epoch, averaged, true);
            }
            var entry = new EpochReport(epoch, options.Epochs, tokens == 0 ? 0 : (double)correct / tokens, devF1, isBest, clock.Elapsed);
            history.Add(entry);
            progress?.Invoke(entry);
            if (dev is not null && epoch - bestEpoch >= options.Patience) break;
        }

        var metadata = new ModelMetadata
        {
            Created = options.Created,
            TrainingDataSha256 = TaggedDataHash.Of(train),
            TrainingSentences = train.Count,
            TrainingTokens = train.Sum(s => s.Tokens.Count),
            Seed = options.Seed,
            EpochsRun = history.Count,
            BestEpoch = bestEpoch,
            Labels = labels,
            Features = settings,
            DevDataSha256 = dev is null ? null : TaggedDataHash.Of(dev),
            DevF1 = bestDev is null
                ? new SortedDictionary<string, double>(StringComparer.Ordinal)
                : new SortedDictionary<string, double>(
                    bestDev.PerLabel.Append(bestDev.Micro).ToDictionary(s => s.Label, s => Math.Round(s.F1, 4)), StringComparer.Ordinal),
        };
        var model = BuildModel(metadata, rowHashes, best!.Value.W, best.Value.T, L, options.Lexicons);
        return new TrainingResult(model, history, bestDev);
    }

    /// <summary>"O" first, then every B-X and I-X of the data (both, even if only one occurs), ordinal order.</summary>
    private static string[] LabelSet(IReadOnlyList<TaggedSentence> train)
    {
        var entityLabels = train.SelectMany(s => s.Tags).Select(BioTags.LabelOf).OfType<string>().Distinct();
        return new[] { BioTags.Outside }
            .Concat(entityLabels.OrderBy(l => l, StringComparer.Ordinal).SelectMany(l => new[] { "B-" + l, "I-" + l }))
            .ToArray();
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

    private static EvaluationReport Evaluate(IReadOnlyList<TaggedSentence> dev, int[][][] features, PerceptronWeights weights, (float[] W, float[] T) averaged, bool[] allowed, string[] labels)
    {
        var predicted = new List<IReadOnlyList<string>>(dev.Count);
        for (var s = 0; s < dev.Count; s++)
            predicted.Add(weights.Decode(features[s], averaged.W, averaged.T, allowed).Select(y => labels[y]).ToArray());
        return ChunkEvaluator.Evaluate(dev.Select(s => s.Tags).ToList(), predicted);
    }

    /// <summary>Keeps only features with a non-zero weight, in ascending hash order.</summary>
    private static TaggerModel BuildModel(ModelMetadata metadata, List<ulong> rowHashes, float[] w, float[] t, int L, IReadOnlyList<IEntityLexicon> lexicons)
    {
        var kept = Enumerable.Range(0, rowHashes.Count)
            .Where(r => w.AsSpan(r * L, L).ContainsAnyExcept(0f))
            .OrderBy(r => rowHashes[r])
            .ToArray();
        var hashes = kept.Select(r => rowHashes[r]).ToArray();
        var weights = new float[kept.Length * L];
        for (var k = 0; k < kept.Length; k++) w.AsSpan(kept[k] * L, L).CopyTo(weights.AsSpan(k * L, L));
        return new TaggerModel(metadata, hashes, weights, t, lexicons);
    }
}
