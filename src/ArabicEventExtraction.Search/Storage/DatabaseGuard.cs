using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Storage;

/// <summary>
/// Looks at an existing file read-only before anything writes to it: an aee store of this schema
/// version passes; an empty SQLite file is free to use; anything else is refused, untouched.
/// </summary>
public static class DatabaseGuard
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public enum State
    {
        Missing,
        Empty,
        Ours,
    }

    public static State Check(string path)
    {
        if (!File.Exists(path)) return State.Missing;
        var info = new FileInfo(path);
        if (info.Length == 0) return State.Empty;
        var header = new byte[SqliteHeader.Length];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
                throw new SearchStoreException($"{path} is not an aee event store (not an SQLite database); it was not modified");
        }
        try
        {
            using var connection = new SqliteConnection(ReadOnly(path));
            connection.Open();
            var applicationId = Scalar(connection, "PRAGMA application_id");
            var version = Scalar(connection, "PRAGMA user_version");
            var objects = Scalar(connection, "SELECT count(*) FROM sqlite_schema");
            if (applicationId == 0 && version == 0 && objects == 0) return State.Empty;
            if (applicationId != StoreSchema.ApplicationId)
                throw new SearchStoreException($"{path} is an SQLite database of another application, not an aee event store; it was not modified");
            if (version != StoreSchema.Version)
                throw new SearchStoreException($"{path} has event store schema version {version}, this aee reads version {StoreSchema.Version}; re-create it with aee index");
            return State.Ours;
        }
        catch (SqliteException e)
        {
            throw new SearchStoreException($"{path} is corrupt or unreadable ({e.Message.TrimEnd('.')}); it was not modified", e);
        }
    }

    public static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
