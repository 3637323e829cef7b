namespace ArabicEventExtraction.Search.Tests.Storage;

public class IndexingTests
{
    [Fact]
    public void Indexing_the_same_documents_twice_changes_nothing()
    {
        using var store = new TempStore();
        var first = store.Index(SampleReports.All());
        var counts = Tables.Select(store.Count).ToList();

        var second = store.Index(SampleReports.All());

        Assert.Equal(4, first.Added);
        Assert.Equal(4, second.Unchanged);
        Assert.Equal(0, second.Added + second.Replaced);
        Assert.Equal(counts, Tables.Select(store.Count).ToList());
        Assert.Equal([4L, 3L, 5L], new[] { "documents", "events", "figures" }.Select(store.Count));
    }

    [Fact]
    public void Reindexing_a_changed_document_replaces_its_events()
    {
        using var store = new TempStore();
        store.Index(SampleReports.All());

        var stats = store.Index([SampleReports.Kallasa(withWomen: false)]);

        Assert.Equal(1, stats.Replaced);
        Assert.Equal(4, store.Count("documents"));
        Assert.Equal(3, store.Count("events"));
        Assert.Equal(4, store.Count("figures"));
        Assert.Equal(3, store.Count("actors"));
        var hit = Assert.Single(store.Search("الكلاسة").Hits);
        Assert.DoesNotContain("women", hit.EventJson);
    }

    [Fact]
    public void Batches_commit_as_they_go()
    {
        using var store = new TempStore();
        var stats = store.Index(SampleReports.All(), batchSize: 3);
        Assert.Equal(4, stats.Added);
        Assert.Equal(4, store.Count("documents"));
    }

    private static readonly string[] Tables = ["documents", "events", "figures", "places", "place_names", "actors"];
}
