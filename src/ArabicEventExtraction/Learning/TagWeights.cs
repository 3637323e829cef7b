namespace ArabicEventExtraction.Learning;

/// <summary>
/// One linear-chain layer of a tagger: a weight per (hashed feature, tag), kept for features with a
/// non-zero weight in ascending hash order, and (tags + 1) × tags transition weights (last row: start).
/// </summary>
public sealed class TagWeights
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly ulong[] _hashes;
    private readonly float[] _weights;
    private readonly float[] _transitions;

    public TagWeights(int labelCount, ulong[] hashes, float[] weights, float[] transitions)
    {
        if (weights.Length != hashes.Length * labelCount) throw new ArgumentException("weights do not match features × labels", nameof(weights));
        if (transitions.Length != (labelCount + 1) * labelCount) throw new ArgumentException("transitions do not match labels", nameof(transitions));
        LabelCount = labelCount;
        _hashes = hashes;
        _weights = weights;
        _transitions = transitions;
        _rows = new Dictionary<ulong, int>(hashes.Length);
        for (var i = 0; i < hashes.Length; i++) _rows.Add(hashes[i], i);
    }

    public int LabelCount { get; }

    public int FeatureCount => _hashes.Length;

    internal ReadOnlySpan<ulong> Hashes => _hashes;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The score of every label for one token's features (no transitions).</summary>
    public float[] Scores(ulong[] features)
    {
        var scores = new float[LabelCount];
        foreach (var hash in features)
        {
            if (!_rows.TryGetValue(hash, out var row)) continue;
            var w = _weights.AsSpan(row * LabelCount, LabelCount);
            for (var y = 0; y < LabelCount; y++) scores[y] += w[y];
        }
        return scores;
    }

    /// <summary>Best tag indices for one sentence's token features under the allowed transitions.</summary>
    public int[] Decode(ulong[][] features, bool[] allowed)
    {
        var L = LabelCount;
        var emissions = new float[features.Length * L];
        for (var i = 0; i < features.Length; i++)
        {
            var scores = emissions.AsSpan(i * L, L);
            foreach (var hash in features[i])
            {
                if (!_rows.TryGetValue(hash, out var row)) continue;
                var w = _weights.AsSpan(row * L, L);
                for (var y = 0; y < L; y++) scores[y] += w[y];
            }
        }
        return ViterbiDecoder.Decode(emissions, features.Length, L, _transitions, allowed);
    }
}
