using ArabicEventExtraction.Search.Storage;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Tests.Storage;

public class DatabaseGuardTests
{
    [Fact]
    public void A_database_of_another_application_is_refused_and_left_untouched()
    {
        using var store = new TempStore();
        using (var other = new SqliteConnection($"Data Source={store.DbPath};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices(total) VALUES (12.5);";
            command.ExecuteNonQuery();
        }
        AssertRefusedUntouched(store.DbPath, "another application");
    }

    [Fact]
    public void A_corrupt_file_is_refused_and_left_untouched()
    {
        using var store = new TempStore();
        store.Index(SampleReports.All());
        var bytes = File.ReadAllBytes(store.DbPath);
        // Keep the SQLite header, wreck the page size and the schema page.
        for (var i = 16; i < Math.Min(bytes.Length, 4096); i++) bytes[i] = (byte)(i * 7);
        File.WriteAllBytes(store.DbPath, bytes);
        AssertRefusedUntouched(store.DbPath, "corrupt");
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_and_left_untouched()
    {
        using var store = new TempStore();
        File.WriteAllText(store.DbPath, "id,text\n1,نص\n");
        AssertRefusedUntouched(store.DbPath, "not an SQLite database");
    }

    [Fact]
    public void An_empty_file_becomes_a_store()
    {
        using var store = new TempStore();
        File.WriteAllBytes(store.DbPath, []);
        store.Index(SampleReports.All());
        Assert.Equal(4, store.Count("documents"));
    }

    [Fact]
    public void Searching_a_missing_store_says_how_to_make_one()
    {
        using var store = new TempStore();
        var e = Assert.Throws<SearchStoreException>(() => store.Search("حلب"));
        Assert.Contains("aee index", e.Message);
        Assert.False(File.Exists(store.DbPath));
    }

    private static void AssertRefusedUntouched(string path, string expected)
    {
        var before = File.ReadAllBytes(path);
        var write = Assert.Throws<SearchStoreException>(() => EventStore.OpenForWriting(path).Dispose());
        var read = Assert.Throws<SearchStoreException>(() => EventStore.OpenForReading(path).Dispose());
        Assert.Contains(expected, write.Message);
        Assert.Contains(path, read.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0);
    }
}
