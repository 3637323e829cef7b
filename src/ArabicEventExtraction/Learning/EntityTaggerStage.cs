using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// Tags each sentence with a trained <see cref="TaggerModel"/> and adds the entities of the chosen
/// labels (places and organisations by default) to <see cref="AnalyzedDocument.EntityMentions"/>.
/// Tokens come from <see cref="WordTokenizer"/> (clitics attached), the tokenization the model was trained on.
/// </summary>
public sealed class EntityTaggerStage(TaggerModel model, IReadOnlyCollection<string>? labels = null) : IPipelineStage
{
    private static readonly HashSet<string> SentenceFinal = [".", "!", "?", "؟"];
    private readonly HashSet<string> _labels = new(labels ?? ["LOC", "ORG"], StringComparer.Ordinal);

    public string Name => "entity-tagger";

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var text = document.Document.Text;
        var sentences = new List<List<TextSpan>>();
        var blocks = document.Sentences.Count > 0 ? document.Sentences.Select(s => s.Span) : [new TextSpan(0, text.Length)];
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = WordTokenizer.Tokenize(text[block.Start..block.End])
                .Select(t => new TextSpan(t.Start + block.Start, t.End + block.Start)).ToList();
            var start = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (i < tokens.Count - 1 && !SentenceFinal.Contains(tokens[i].Of(text))) continue;
                sentences.Add(tokens.GetRange(start, i + 1 - start));
                start = i + 1;
            }
        }
        var tags = model.TagDocument(sentences.Select(s => (IReadOnlyList<string>)s.Select(t => t.Of(text)).ToArray()).ToList());
        var found = new List<EntityMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var chunk in BioTags.Chunks(tags[s]))
            {
                if (!_labels.Contains(chunk.Label)) continue;
                var span = new TextSpan(sentences[s][chunk.Start].Start, sentences[s][chunk.End - 1].End);
                found.Add(new EntityMention(span, chunk.Label, span.Of(text)));
            }
        }
        document.EntityMentions = found;
    }
}
