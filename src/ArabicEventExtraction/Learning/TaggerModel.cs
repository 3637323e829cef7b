namespace ArabicEventExtraction.Learning;

/// <summary>
/// A trained entity tagger: a first linear-chain layer over token features and, when the model was
/// trained with a document memory, a second layer that also sees the first layer's tags in the
/// document (<see cref="DocumentMemory"/>). Decoding is Viterbi under BIO constraints. Immutable.
/// </summary>
public sealed class TaggerModel
{
    private readonly bool[] _allowed;
    private readonly string[] _labels;
    private readonly FeatureExtractor _extractor;

    /// <param name="lexicons">Lexicons to consult; null: the built-in ones the model names.</param>
    public TaggerModel(ModelMetadata metadata, TagWeights first, TagWeights? second, IReadOnlyList<IEntityLexicon>? lexicons = null)
    {
        _labels = metadata.Labels.ToArray();
        if (first.LabelCount != _labels.Length || (second is not null && second.LabelCount != _labels.Length))
            throw new ArgumentException("layer label counts do not match the metadata labels", nameof(first));
        Metadata = metadata;
        First = first;
        Second = second;
        _allowed = ViterbiDecoder.BioConstraints(_labels);
        _extractor = new FeatureExtractor(metadata.Features, lexicons ?? BuiltInLexicons.Resolve(metadata.Features.Lexicons));
    }

    public ModelMetadata Metadata { get; }

    public IReadOnlyList<string> Labels => _labels;

    public TagWeights First { get; }

    public TagWeights? Second { get; }

    public int FeatureCount => First.FeatureCount + (Second?.FeatureCount ?? 0);

    /// <summary>The same weights consulting these lexicons (those the model was trained with).</summary>
    public TaggerModel WithLexicons(IReadOnlyList<IEntityLexicon> lexicons) => new(Metadata, First, Second, lexicons);

    /// <summary>One BIO tag per token of a sentence taken on its own.</summary>
    public string[] Tag(IReadOnlyList<string> tokens) => TagDocument([tokens])[0];

    /// <summary>One BIO tag per token for each sentence of a document (in order: the second layer looks at nearby sentences).</summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var features = sentences.Select(s => _extractor.Extract(s)).ToArray();
        var first = features.Select(f => First.Decode(f, _allowed)).ToArray();
        if (Second is null) return first.Select(ToLabels).ToArray();
        var stacked = DocumentMemory.Stack(sentences, features, first, _labels, Metadata.Features.DocumentWindow);
        return stacked.Select(f => ToLabels(Second.Decode(f, _allowed))).ToArray();
    }

    internal bool[] Allowed => _allowed;

    private string[] ToLabels(int[] path) => path.Select(y => _labels[y]).ToArray();
}
