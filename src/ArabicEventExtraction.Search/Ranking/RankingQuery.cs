namespace ArabicEventExtraction.Search.Ranking;

/// <summary>
/// One running ranked query: the document count of each of its phrases (-1 for weight-0 phrases), and
/// the inverse document frequencies and average length bm25 derives from them, worked out at its first row.
/// </summary>
internal sealed class RankingQuery(long[] counts)
{
    public long[] Counts { get; } = counts;

    public double[]? Idf { get; set; }

    public double AverageLength { get; set; }
}
