namespace ArabicEventExtraction.Learning;

/// <summary>Compares predicted with gold BIO sequences entity by entity, as conlleval does.</summary>
public static class ChunkEvaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted differ in sentence count");
        var goldCount = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var predictedCount = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var correctCount = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int tokens = 0, correctTokens = 0;
        for (var s = 0; s < gold.Count; s++)
        {
            if (gold[s].Count != predicted[s].Count) throw new ArgumentException($"sentence {s}: gold and predicted differ in length");
            tokens += gold[s].Count;
            for (var i = 0; i < gold[s].Count; i++) if (gold[s][i] == predicted[s][i]) correctTokens++;
            var goldChunks = BioTags.Chunks(gold[s]);
            var predictedChunks = BioTags.Chunks(predicted[s]);
            foreach (var c in goldChunks) Increment(goldCount, c.Label);
            foreach (var c in predictedChunks) Increment(predictedCount, c.Label);
            var goldSet = goldChunks.ToHashSet();
            foreach (var c in predictedChunks) if (goldSet.Contains(c)) Increment(correctCount, c.Label);
        }
        var labels = goldCount.Keys.Union(predictedCount.Keys).OrderBy(l => l, StringComparer.Ordinal);
        var perLabel = labels.Select(l => new LabelScore(l, Get(goldCount, l), Get(predictedCount, l), Get(correctCount, l))).ToList();
        var micro = new LabelScore("micro", perLabel.Sum(s => s.Gold), perLabel.Sum(s => s.Predicted), perLabel.Sum(s => s.Correct));
        return new EvaluationReport(perLabel, micro, tokens, correctTokens);
    }

    private static void Increment(SortedDictionary<string, int> counts, string label) =>
        counts[label] = Get(counts, label) + 1;

    private static int Get(SortedDictionary<string, int> counts, string label) =>
        counts.TryGetValue(label, out var n) ? n : 0;
}
