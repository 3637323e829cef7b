using System.Diagnostics;
using ArabicEventExtraction.Search.Storage;

namespace ArabicEventExtraction.Search.Tests.Storage;

public class ConcurrentReadTests
{
    [Fact]
    public void Searches_run_while_a_writer_holds_an_open_transaction_and_see_only_committed_data()
    {
        using var store = new TempStore();
        store.Index([SampleReports.Douma()]);
        using var writer = EventStore.OpenForWriting(store.DbPath);
        using var transaction = writer.Connection.BeginTransaction();
        EventStore.Execute(writer.Connection, "DELETE FROM events; DELETE FROM document_texts;", transaction);

        var clock = Stopwatch.StartNew();
        var hits = store.Search("مدنيين").Hits;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the search waited {clock.Elapsed} for the writer");
        Assert.Equal("douma#1", Assert.Single(hits).EventId);
        transaction.Rollback();
    }
}
