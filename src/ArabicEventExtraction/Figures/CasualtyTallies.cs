using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Figures;

/// <summary>
/// "سقوط 172 ضحية مدنية، بينهم 61 قتيلا و111 جريحا. وكان بين الضحايا 41 طفلا": a tally of victims
/// whose breakdown holds both dead and wounded counts casualties, as do the members told "بين الضحايا".
/// </summary>
public sealed class CasualtyTallies
{
    // The breakdown follows the tally closely: "172 ضحية مدنية خلال الشهر، بينهم 61 قتيلا".
    private const int BreakdownReach = 120;
    // "وكان بين الضحايا 41 طفلا": the noun stands a few words before the member.
    private const int MemberReach = 25;
    private readonly HashSet<string> _nouns;

    public static CasualtyTallies Default { get; } = new("Figures/tally_nouns.txt");

    public CasualtyTallies(string resource) =>
        _nouns = ResourceFile.ReadLines(resource).Select(l => ArabicNormalizer.Fold(l.Trim())).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<FigureMention> Apply(NormalizedText text, IReadOnlyList<Sentence> sentences, IReadOnlyList<FigureMention> figures)
    {
        var result = figures.ToList();
        var tallyFound = false;
        for (var i = 0; i < result.Count; i++)
        {
            var figure = result[i];
            if (figure.Category != FigureCategory.Killed) continue;
            if (NamesTally(text, figure.Span) && HasDeadAndWoundedAfter(result, i, SentenceEnd(sentences, figure.Span.Start)))
            {
                result[i] = figure with { Category = FigureCategory.Casualties };
                tallyFound = true;
            }
            else if (tallyFound && TallyNounBefore(text, figure.Span.Start))
                result[i] = figure with { Category = FigureCategory.Casualties };
        }
        return result;
    }

    private bool NamesTally(NormalizedText text, TextSpan span) => Words(text, span.Start, span.End).Any(_nouns.Contains);

    private bool TallyNounBefore(NormalizedText text, int start) => Words(text, Math.Max(0, start - MemberReach), start).Any(_nouns.Contains);

    private static bool HasDeadAndWoundedAfter(List<FigureMention> figures, int index, int sentenceEnd)
    {
        var tally = figures[index];
        var limit = Math.Min(sentenceEnd, tally.Span.End + BreakdownReach);
        var after = figures.Skip(index + 1).TakeWhile(f => f.Span.Start < limit).ToList();
        return after.Any(f => f.Category == FigureCategory.Killed) && after.Any(f => f.Category == FigureCategory.Injured);
    }

    private static int SentenceEnd(IReadOnlyList<Sentence> sentences, int offset)
    {
        // Sentences are in text order: the last one starting at or before the offset holds it.
        int low = 0, high = sentences.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (sentences[mid].Span.Start <= offset) { found = mid; low = mid + 1; }
            else high = mid - 1;
        }
        return found >= 0 && sentences[found].Span.Contains(offset) ? sentences[found].Span.End : int.MaxValue;
    }

    private static IEnumerable<string> Words(NormalizedText text, int originalStart, int originalEnd)
    {
        var start = text.FromOriginal(originalStart);
        var end = text.FromOriginal(originalEnd);
        return text.Text[start..end].Split([' ', '\n', ',', '(', ')', ':', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(FigureLexicon.Stems);
    }
}
