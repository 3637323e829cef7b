namespace ArabicEventExtraction.Learning;

/// <summary>
/// Best tag sequence under a first-order model. Scores are flat arrays: emissions[i * L + y];
/// transitions[p * L + y] with row p = L for the sentence start; allowed has the same shape and
/// removes the transitions BIO forbids (I-X after O, after another label, or at the start).
/// </summary>
public static class ViterbiDecoder
{
    public static int[] Decode(ReadOnlySpan<float> emissions, int length, int labelCount, ReadOnlySpan<float> transitions, ReadOnlySpan<bool> allowed)
    {
        var path = new int[length];
        if (length == 0) return path;
        var L = labelCount;
        var score = new float[length * L];
        var back = new int[length * L];
        for (var y = 0; y < L; y++)
            score[y] = allowed[L * L + y] ? emissions[y] + transitions[L * L + y] : float.NegativeInfinity;
        for (var i = 1; i < length; i++)
        {
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    if (!allowed[p * L + y]) continue;
                    var s = score[(i - 1) * L + p] + transitions[p * L + y];
                    if (s > best) { best = s; arg = p; }
                }
                score[i * L + y] = best + emissions[i * L + y];
                back[i * L + y] = arg;
            }
        }
        var last = 0;
        for (var y = 1; y < L; y++)
            if (score[(length - 1) * L + y] > score[(length - 1) * L + last]) last = y;
        path[length - 1] = last;
        for (var i = length - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]];
        return path;
    }

    /// <summary>The allowed-transition table for a label list under BIO.</summary>
    public static bool[] BioConstraints(IReadOnlyList<string> labels)
    {
        var L = labels.Count;
        var allowed = new bool[(L + 1) * L];
        for (var p = 0; p <= L; p++)
            for (var y = 0; y < L; y++)
                allowed[p * L + y] = BioTags.CanFollow(p == L ? null : labels[p], labels[y]);
        return allowed;
    }
}
