namespace ArabicEventExtraction.Learning;

/// <summary>
/// A trained entity tagger: one weight per (hashed feature, tag), tag-to-tag transition weights and
/// BIO-constrained Viterbi decoding. Immutable and safe to share between threads.
/// </summary>
public sealed class TaggerModel
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly ulong[] _hashes;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly bool[] _allowed;
    private readonly string[] _labels;
    private readonly FeatureExtractor _extractor;

    /// <param name="hashes">Feature hashes in ascending order.</param>
    /// <param name="weights">hashes.Length × labels weights, row by row.</param>
    /// <param name="transitions">(labels + 1) × labels weights; the last row is the sentence start.</param>
    public TaggerModel(ModelMetadata metadata, ulong[] hashes, float[] weights, float[] transitions, IReadOnlyList<IEntityLexicon>? lexicons = null)
    {
        _labels = metadata.Labels.ToArray();
        var L = _labels.Length;
        if (weights.Length != hashes.Length * L) throw new ArgumentException("weights do not match features × labels", nameof(weights));
        if (transitions.Length != (L + 1) * L) throw new ArgumentException("transitions do not match labels", nameof(transitions));
        Metadata = metadata;
        _hashes = hashes;
        _weights = weights;
        _transitions = transitions;
        _rows = new Dictionary<ulong, int>(hashes.Length);
        for (var i = 0; i < hashes.Length; i++) _rows.Add(hashes[i], i);
        _allowed = ViterbiDecoder.BioConstraints(_labels);
        _extractor = new FeatureExtractor(metadata.Features, lexicons ?? BuiltInLexicons.Resolve(metadata.Features.Lexicons));
    }

    public ModelMetadata Metadata { get; }

    public IReadOnlyList<string> Labels => _labels;

    public int FeatureCount => _hashes.Length;

    internal ReadOnlySpan<ulong> Hashes => _hashes;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The same weights consulting these lexicons (those the model was trained with; built-in ones are found by name otherwise).</summary>
    public TaggerModel WithLexicons(IReadOnlyList<IEntityLexicon> lexicons) =>
        new(Metadata, _hashes, _weights, _transitions, lexicons);

    /// <summary>One BIO tag per token.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0) return [];
        var L = _labels.Length;
        var features = _extractor.Extract(tokens);
        var emissions = new float[tokens.Count * L];
        for (var i = 0; i < tokens.Count; i++)
        {
            var scores = emissions.AsSpan(i * L, L);
            foreach (var hash in features[i])
            {
                if (!_rows.TryGetValue(hash, out var row)) continue;
                var w = _weights.AsSpan(row * L, L);
                for (var y = 0; y < L; y++) scores[y] += w[y];
            }
        }
        var penalty = float.Parse(Environment.GetEnvironmentVariable("AEE_OPEN") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < tokens.Count; i++) emissions[i * L] -= penalty;
        var path = ViterbiDecoder.Decode(emissions, tokens.Count, L, _transitions, _allowed);
        return path.Select(y => _labels[y]).ToArray();
    }
}
