namespace ArabicEventExtraction.Search.Indexing;

/// <summary>What an indexing run did so far.</summary>
public sealed class IndexStats
{
    public int Added { get; set; }
    public int Replaced { get; set; }
    public int Unchanged { get; set; }
    public int Events { get; set; }
    public long Characters { get; set; }

    public int Documents => Added + Replaced + Unchanged;
}
