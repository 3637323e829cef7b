using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Dates;

/// <summary>Finds temporal expressions and resolves them against the publication date.</summary>
public sealed class DateRecognizer
{
    private readonly DateLexicon _lexicon;

    public DateRecognizer(DateLexicon lexicon) => _lexicon = lexicon;

    public static DateRecognizer Default { get; } = new(DateLexicon.Default);

    public IReadOnlyList<DateMention> Find(NormalizedText text, DateOnly? dct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new DateExpressionParser(_lexicon, text).Parse();
        var expressions = DateExpressionMerger.Merge(found, text.Text, _lexicon);
        var mentions = new List<DateMention>(expressions.Count);
        foreach (var e in expressions)
        {
            var span = text.ToOriginal(e.Span.Start, e.Span.End);
            mentions.Add(new DateMention(span, e.Kind, DateResolver.Resolve(e, dct))
            {
                IsHeader = DateHeaderDetector.IsHeader(text.Text, e.Span, _lexicon),
            });
        }
        return mentions;
    }
}
