using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Storage;

/// <summary>An open event store: the one place that creates and opens the SQLite file.</summary>
public sealed class EventStore : IDisposable
{
    private EventStore(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public SqliteConnection Connection { get; }

    public string Path { get; }

    /// <summary>Opens a store for indexing, creating it when the file is missing or empty; refuses any other file.</summary>
    public static EventStore OpenForWriting(string path)
    {
        var state = DatabaseGuard.Check(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout=10000;");
            if (state != DatabaseGuard.State.Ours)
            {
                using var tx = connection.BeginTransaction();
                Execute(connection, StoreSchema.Create, tx);
                Execute(connection, $"PRAGMA application_id={StoreSchema.ApplicationId}; PRAGMA user_version={StoreSchema.Version};", tx);
                tx.Commit();
            }
            return new EventStore(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new SearchStoreException($"cannot open {path} for indexing ({e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>Opens an existing store read-only, for searching and exporting (works while an index run writes).</summary>
    public static EventStore OpenForReading(string path)
    {
        if (DatabaseGuard.Check(path) != DatabaseGuard.State.Ours)
            throw new SearchStoreException($"{path} is not an event store yet; create it with: aee index INPUT --db {path}");
        var connection = new SqliteConnection(DatabaseGuard.ReadOnly(path));
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout=10000; PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824;");
            return new EventStore(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new SearchStoreException($"cannot open {path} ({e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>
    /// Merges the full-text index into one segment when a run changed a large share of it: searches
    /// read fewer segments afterwards. Returns whether it merged.
    /// </summary>
    public bool OptimizeAfter(int changedDocuments)
    {
        using var count = Connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM documents";
        var total = (long)count.ExecuteScalar()!;
        if (changedDocuments < 1000 && changedDocuments * 10L < total) return false;
        Execute(Connection, "INSERT INTO doc_terms(doc_terms) VALUES('optimize'); PRAGMA wal_checkpoint(TRUNCATE);");
        return true;
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();
}
