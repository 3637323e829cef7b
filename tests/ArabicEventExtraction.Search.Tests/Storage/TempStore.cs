using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Indexing;
using ArabicEventExtraction.Search.Querying;
using ArabicEventExtraction.Search.Storage;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Tests.Storage;

/// <summary>An event store in a temporary folder, removed at the end of a test.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "aee-store-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        DbPath = Path.Combine(Folder, "events.db");
    }

    public string Folder { get; }

    public string DbPath { get; }

    public IndexStats Index(IEnumerable<IndexItem> items, int batchSize = 1000)
    {
        using var store = EventStore.OpenForWriting(DbPath);
        using var indexer = new EventIndexer(store, ArabicAnalyzer.Default);
        return indexer.Index(items, batchSize);
    }

    public SearchResult Search(string? query, SearchFilters? filters = null, int limit = 20, bool facets = false)
    {
        using var store = EventStore.OpenForReading(DbPath);
        return new EventSearcher(store, ArabicAnalyzer.Default).Search(query, filters ?? new SearchFilters(), limit, facets);
    }

    public long Count(string table)
    {
        using var connection = new SqliteConnection(DatabaseGuard.ReadOnly(DbPath));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
