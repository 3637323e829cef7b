using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Places;
using ArabicEventExtraction.Text;
using BenchmarkDotNet.Attributes;

namespace ArabicEventExtraction.Benchmarks;

/// <summary>The hot stages over the whole corpus/ text (divide its size by the mean time for MB/s).</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IReadOnlyList<Document> _docs = [];
    private NormalizedText[] _normalized = [];
    private ExtractionPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _docs = CorpusText.Load();
        _normalized = _docs.Select(d => ArabicNormalizer.Normalize(d.Text)).ToArray();
        _pipeline = ExtractionPipeline.CreateDefault();
        Console.WriteLine($"corpus: {_docs.Count} documents, {_docs.Sum(d => d.Text.Length)} characters");
    }

    [Benchmark]
    public int Normalize() => _docs.Sum(d => ArabicNormalizer.Normalize(d.Text).Length);

    [Benchmark]
    public int Tokenize() => _normalized.Sum(n => Tokenizer.Default.Tokenize(n).Count());

    [Benchmark]
    public int Sentences() => _normalized.Sum(n => SentenceSplitter.Default.Split(n).Count());

    [Benchmark]
    public int Numbers() => _normalized.Sum(n => NumberRecognizer.Default.Find(n).Count);

    [Benchmark]
    public int Dates() => _normalized.Sum(n => DateRecognizer.Default.Find(n, new DateOnly(2016, 12, 13)).Count);

    [Benchmark]
    public int Places() => _normalized.Sum(n => PlaceRecognizer.Default.Find(n).Count);

    [Benchmark]
    public int Actors() => _normalized.Sum(n => ActorRecognizer.Default.Find(n).Count);

    [Benchmark(Baseline = true)]
    public int WholePipeline() => _docs.Sum(d => _pipeline.Run(d).Events.Count);
}
