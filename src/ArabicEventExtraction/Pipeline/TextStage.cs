using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Pipeline;

/// <summary>Sentences and tokens.</summary>
public sealed class TextStage : IPipelineStage
{
    public string Name => "text";

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        document.Sentences = SentenceSplitter.Default.Split(document.Normalized);
        document.Tokens = Tokenizer.Default.Tokenize(document.Normalized);
    }
}
