namespace ArabicEventExtraction.Evaluation;

/// <summary>
/// Scores predicted event figures against gold figures exactly as shared/eval/score.py does: per
/// document, every gold/predicted pair with the same category, an acceptable group and the same value
/// is a candidate; candidates are taken greedily, scored gold before optional gold, then by the number
/// of agreeing attributes, then in file order. Optional gold figures and the predictions matched to
/// them count neither way.
/// </summary>
public static class EventScorer
{
    public static EventScore Score(
        IReadOnlyDictionary<string, IReadOnlyList<GoldEventFigure>> gold,
        IReadOnlyDictionary<string, List<PredictedEventFigure>> predicted)
    {
        int goldCount = 0, predictedCount = 0, matched = 0, fullyRight = 0;
        var attributes = new SortedDictionary<string, AttributeTally>(StringComparer.Ordinal);
        var categories = new SortedDictionary<string, CategoryTally>(StringComparer.Ordinal);
        var details = new List<string>();
        CategoryTally Category(string name) => categories.TryGetValue(name, out var t) ? t : categories[name] = new CategoryTally();

        foreach (var (docId, golds) in gold)
        {
            var preds = predicted.TryGetValue(docId, out var p) ? p : [];
            var (goldMatch, predMatch) = Pair(golds, preds);
            for (var i = 0; i < golds.Count; i++)
            {
                var g = golds[i];
                if (g.Optional) continue;
                var category = Category(g.Category);
                goldCount++;
                category.Gold++;
                if (goldMatch.TryGetValue(i, out var match))
                {
                    matched++;
                    category.Matched++;
                    var full = AttributeChecks.FullTuple(match.Checks);
                    if (full) fullyRight++;
                    foreach (var (name, ok) in match.Checks)
                    {
                        var tally = attributes.TryGetValue(name, out var a) ? a : attributes[name] = new AttributeTally();
                        tally.Checked++;
                        if (ok) tally.Right++;
                    }
                    if (!full)
                        details.Add($"{docId}  PARTIAL {g.Category}/{g.GroupText}={g.Value} «{g.Text}» wrong: " + string.Join(",", match.Checks.Where(c => !c.Value).Select(c => c.Key)));
                }
                else
                {
                    details.Add($"{docId}  MISSED  {g.Category}/{g.GroupText}={g.Value} «{g.Text}»");
                }
            }
            for (var j = 0; j < preds.Count; j++)
            {
                if (predMatch.TryGetValue(j, out var i) && golds[i].Optional) continue;
                predictedCount++;
                Category(preds[j].Category).Predicted++;
                if (!predMatch.ContainsKey(j))
                    details.Add($"{docId}  SPURIOUS {preds[j].Category}/{preds[j].Group ?? "None"}={preds[j].Value} «{preds[j].Text}»");
            }
        }
        return new EventScore
        {
            Gold = goldCount,
            Predicted = predictedCount,
            Matched = matched,
            FullyRight = fullyRight,
            Attributes = attributes,
            Categories = categories,
            DocsNotInGold = predicted.Keys.Where(k => !gold.ContainsKey(k)).Order(StringComparer.Ordinal).ToList(),
            Details = details,
        };
    }

    /// <summary>Whether a prediction is the gold figure: category, one of its groups, value.</summary>
    public static bool SameFigure(GoldEventFigure gold, PredictedEventFigure predicted) =>
        gold.Category == predicted.Category && gold.Groups.Contains(predicted.Group) && gold.Value == predicted.Value;

    private static (Dictionary<int, (int Pred, IReadOnlyList<KeyValuePair<string, bool>> Checks)> Gold, Dictionary<int, int> Pred) Pair(
        IReadOnlyList<GoldEventFigure> golds, IReadOnlyList<PredictedEventFigure> preds)
    {
        var candidates = new List<(bool Scored, int Agreeing, int Gold, int Pred, IReadOnlyList<KeyValuePair<string, bool>> Checks)>();
        for (var i = 0; i < golds.Count; i++)
        {
            for (var j = 0; j < preds.Count; j++)
            {
                if (!SameFigure(golds[i], preds[j])) continue;
                var checks = AttributeChecks.Of(golds[i], preds[j]);
                candidates.Add((!golds[i].Optional, checks.Count(c => c.Value), i, j, checks));
            }
        }
        var goldMatch = new Dictionary<int, (int, IReadOnlyList<KeyValuePair<string, bool>>)>();
        var predMatch = new Dictionary<int, int>();
        // OrderBy is stable: equal keys keep file order, as Python's sort does.
        foreach (var c in candidates.OrderByDescending(c => c.Scored).ThenByDescending(c => c.Agreeing))
        {
            if (goldMatch.ContainsKey(c.Gold) || predMatch.ContainsKey(c.Pred)) continue;
            goldMatch[c.Gold] = (c.Pred, c.Checks);
            predMatch[c.Pred] = c.Gold;
        }
        return (goldMatch, predMatch);
    }
}
