namespace ArabicEventExtraction.Learning;

/// <summary>
/// Current perceptron weights with the running sums for averaging (Daumé's trick: the average is
/// W − U / c where U accumulates each update times the step c at which it happened).
/// </summary>
internal sealed class PerceptronWeights(int features, int labels)
{
    private readonly double[] _u = new double[features * labels];
    private readonly double[] _ut = new double[(labels + 1) * labels];
    private long _step = 1;

    public float[] W { get; } = new float[features * labels];

    public float[] T { get; } = new float[(labels + 1) * labels];

    public int[] Decode(int[][] features, float[] w, float[] t, bool[] allowed)
    {
        var n = features.Length;
        var emissions = new float[n * labels];
        for (var i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * labels, labels);
            foreach (var row in features[i])
            {
                var weights = w.AsSpan(row * labels, labels);
                for (var y = 0; y < labels; y++) scores[y] += weights[y];
            }
        }
        return ViterbiDecoder.Decode(emissions, n, labels, t, allowed);
    }

    public void Update(int[][] features, int[] gold, int[] predicted)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] != predicted[i])
            {
                foreach (var row in features[i])
                {
                    Add(W, _u, row * labels + gold[i], 1);
                    Add(W, _u, row * labels + predicted[i], -1);
                }
            }
            var goldPrevious = i == 0 ? labels : gold[i - 1];
            var predictedPrevious = i == 0 ? labels : predicted[i - 1];
            if (goldPrevious != predictedPrevious || gold[i] != predicted[i])
            {
                Add(T, _ut, goldPrevious * labels + gold[i], 1);
                Add(T, _ut, predictedPrevious * labels + predicted[i], -1);
            }
        }
        _step++;
    }

    public (float[] W, float[] T) Averaged() => (Average(W, _u), Average(T, _ut));

    private void Add(float[] w, double[] u, int index, int delta)
    {
        w[index] += delta;
        u[index] += (double)_step * delta;
    }

    private float[] Average(float[] w, double[] u)
    {
        var result = new float[w.Length];
        for (var i = 0; i < w.Length; i++) result[i] = (float)(w[i] - u[i] / _step);
        return result;
    }
}
