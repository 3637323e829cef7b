namespace ArabicEventExtraction.Search.Benchmarks;

/// <summary>Summary of a set of timings in milliseconds.</summary>
public sealed record Percentiles(double P50, double P95, double P99, double Mean, double Max)
{
    public static Percentiles Of(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Percentiles(At(0.50), At(0.95), At(0.99), sorted.Average(), sorted[^1]);
    }

    public override string ToString() => $"p50 {P50:F2} ms, p95 {P95:F2} ms, p99 {P99:F2} ms, mean {Mean:F2} ms, max {Max:F1} ms";
}
