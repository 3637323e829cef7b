namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// Figure-level scores per category: a decision is correct when its category and group match the
/// gold figure holding the number; gold figures that hold no candidate number count as missed;
/// optional gold figures count only when found.
/// </summary>
public static class FigureEvaluator
{
    public static EvaluationReport Evaluate(IEnumerable<(LabelledFigureDocument Document, string[] Decisions)> decided)
    {
        var gold = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var predicted = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var correct = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int candidates = 0, exact = 0;
        foreach (var (document, decisions) in decided)
        {
            for (var i = 0; i < decisions.Length; i++)
            {
                candidates++;
                var figure = document.Gold.Gold[i];
                var decision = decisions[i];
                var ok = FigureAligner.Matches(decision, figure);
                if (ok) exact++;
                if (decision != FigureLabels.None) Add(predicted, FigureLabels.CategoryOf(decision));
                if (figure is not null && (!figure.Optional || ok)) Add(gold, figure.Category);
                if (figure is not null && ok) Add(correct, figure.Category);
            }
            foreach (var missed in document.Gold.Unaligned.Where(f => !f.Optional)) Add(gold, missed.Category);
        }
        var labels = gold.Keys.Union(predicted.Keys).Order(StringComparer.Ordinal);
        var perLabel = labels.Select(l => new LabelScore(l, Get(gold, l), Get(predicted, l), Get(correct, l))).ToList();
        var micro = new LabelScore("micro", perLabel.Sum(s => s.Gold), perLabel.Sum(s => s.Predicted), perLabel.Sum(s => s.Correct));
        return new EvaluationReport(perLabel, micro, candidates, exact);
    }

    private static void Add(SortedDictionary<string, int> counts, string key) => counts[key] = Get(counts, key) + 1;

    private static int Get(SortedDictionary<string, int> counts, string key) => counts.TryGetValue(key, out var n) ? n : 0;
}
