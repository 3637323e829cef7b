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
        _nouns = ResourceFile.ReadWordSet(resource);

    public IReadOnlyList<FigureMention> Apply(NormalizedText text, IReadOnlyList<Sentence> sentences, IReadOnlyList<FigureMention> figures)
    {
        var result = figures.ToList();
        var tallies = new HashSet<long?>();
        var breakdown = new HashSet<int>();
        for (var i = 0; i < result.Count; i++)
        {
            var figure = result[i];
            if (figure.Category != FigureCategory.Killed) continue;
            var namesTally = NamesTally(text, figure.Span);
            if (namesTally && HasDeadAndWoundedAfter(result, i, SentenceEnd(sentences, figure.Span.Start)))
            {
                result[i] = figure with { Category = FigureCategory.Casualties };
                tallies.Add(figure.Value);
                // "172 ضحية مدنية، بينهم 61 قتيلا و111 جريحا": the dead and wounded are of the tally's kind.
                ShareGroup(result, i, figure.Group, SentenceEnd(sentences, figure.Span.Start), breakdown);
            }
            // "وكان بين الضحايا 41 طفلا", a row "– الضالع: 17 ضحية" of the list of them, the title's "172 ضحية".
            else if (tallies.Count > 0 && !breakdown.Contains(i) && (figure.Group != FigureGroup.Total && TallyNounBefore(text, figure.Span.Start)
                                           || namesTally && (ListLines.IsListLine(text.Original, figure.Span.Start) || tallies.Contains(figure.Value))))
                result[i] = figure with { Category = FigureCategory.Casualties };
        }
        // A title restating a tally comes before it: look again.
        for (var i = 0; i < result.Count; i++)
            if (result[i].Category == FigureCategory.Killed && tallies.Contains(result[i].Value) && NamesTally(text, result[i].Span))
                result[i] = result[i] with { Category = FigureCategory.Casualties };
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

    /// <summary>Marks the dead and wounded of a tally's breakdown, which keep their category and take the tally's group.</summary>
    private static void ShareGroup(List<FigureMention> figures, int tally, FigureGroup group, int sentenceEnd, HashSet<int> breakdown)
    {
        var limit = Math.Min(sentenceEnd, figures[tally].Span.End + BreakdownReach);
        for (var j = tally + 1; j < figures.Count && figures[j].Span.Start < limit; j++)
        {
            if (figures[j].Category is not (FigureCategory.Killed or FigureCategory.Injured)) continue;
            breakdown.Add(j);
            if (figures[j].Group == FigureGroup.Total && group != FigureGroup.Total) figures[j] = figures[j] with { Group = group };
        }
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
