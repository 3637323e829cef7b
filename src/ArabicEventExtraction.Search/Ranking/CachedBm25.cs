using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArabicEventExtraction.Search.Storage;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Ranking;

/// <summary>
/// <c>aee_bm25(doc_terms, key)</c>: the same score as FTS5's <c>bm25(doc_terms, 1.0, 0.0)</c>, bit for bit,
/// but the number of documents containing each phrase (the IDF input) comes from the query registered
/// under <c>key</c> with <see cref="RankingStatistics.Open"/> (one count per phrase of the MATCH expression
/// in order, negative for a phrase of the weight-0 date column) instead of being counted again by every query. FTS5's bm25 counts them by reading each phrase's whole
/// posting list, 3-7 ms per query for the corpus's common words. Counts come and document lengths from <see cref="RankingStatistics"/>.
/// </summary>
internal static unsafe class CachedBm25
{
    public const string Name = "aee_bm25";

    // FTS5's bm25 constants (fts5_aux.c).
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly ConditionalWeakTable<SqliteConnection, object> Registered = [];

    /// <summary>
    /// Makes the function available on an open connection (once per connection), reading lengths from
    /// <paramref name="statistics"/>; false when this SQLite build offers no way to (callers then use bm25).
    /// </summary>
    public static bool TryRegister(SqliteConnection connection, RankingStatistics statistics)
    {
        try
        {
            Register(connection, statistics);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or SearchStoreException)
        {
            return false;
        }
    }

    public static void Register(SqliteConnection connection, RankingStatistics statistics)
    {
        var db = connection.Handle!.DangerousGetHandle();
        // A connection closed and opened again has a new native handle without the function.
        if (Registered.TryGetValue(connection, out var registeredOn) && (nint)registeredOn == db) return;
        Fts5Api* api = null;
        nint statement;
        fixed (byte* sql = "SELECT fts5(?1)"u8)
            Check(SqliteNative.sqlite3_prepare_v2(db, sql, -1, &statement, 0), "prepare");
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                Check(SqliteNative.sqlite3_bind_pointer(statement, 1, &api, type, 0), "bind");
                SqliteNative.sqlite3_step(statement);
            }
        }
        finally
        {
            SqliteNative.sqlite3_finalize(statement);
        }
        if (api == null || api->Version < 2) throw new SearchStoreException("this SQLite has no usable FTS5 extension API");
        // Freed by SQLite through Release when the connection closes.
        var handle = GCHandle.ToIntPtr(GCHandle.Alloc(statistics));
        fixed (byte* name = "aee_bm25\0"u8)
        {
            var rc = api->CreateFunction(api, name, handle, &Score, (nint)(delegate* unmanaged[Cdecl]<nint, void>)&Release);
            if (rc != 0) GCHandle.FromIntPtr(handle).Free();
            Check(rc, "register " + Name);
        }
        Registered.AddOrUpdate(connection, db);
    }

    private static void Check(int rc, string step)
    {
        if (rc != 0) throw new SearchStoreException($"cannot set up ranking ({step}: SQLite error {rc})");
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Release(nint handle) => GCHandle.FromIntPtr(handle).Free();

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Score(Fts5ExtensionApi* api, nint fts, nint context, int argumentCount, nint* arguments)
    {
        var statistics = GCHandle.FromIntPtr(api->UserData(fts)).Target as RankingStatistics;
        var query = argumentCount == 1 ? statistics?.Running(SqliteNative.sqlite3_value_int64(arguments[0])) : null;
        if (query is null)
        {
            Fail(context, "aee_bm25: unknown query"u8);
            return;
        }
        if (query.Idf is null && !Prepare(api, fts, query))
        {
            Fail(context, "aee_bm25: one document count per phrase expected"u8);
            return;
        }
        var size = statistics!.Lengths is { } lengths && api->Rowid(fts) is var rowid && rowid >= 0 && rowid < lengths.Length ? lengths[rowid] : 0;
        if (size == 0 && api->ColumnSize(fts, -1, &size) != 0)
        {
            Fail(context, "aee_bm25: cannot read the document length"u8);
            return;
        }
        // The same operations in the same order as fts5Bm25Function, so the doubles are identical; a
        // weight-0 phrase adds exactly 0.0 there and is skipped here.
        var idfs = query.Idf!;
        var length = (double)size;
        var score = 0.0;
        for (var i = 0; i < idfs.Length; i++)
        {
            if (query.Counts[i] < 0) continue;
            var frequency = 0.0;
            Fts5PhraseIter iterator;
            int column, offset;
            api->PhraseFirst(fts, i, &iterator, &column, &offset);
            while (column >= 0)
            {
                if (column == 0) frequency += 1.0;
                api->PhraseNext(fts, &iterator, &column, &offset);
            }
            score += idfs[i] * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * length / query.AverageLength)));
        }
        SqliteNative.sqlite3_result_double(context, -1.0 * score);
    }

    // Once per query, as fts5Bm25GetData does.
    private static bool Prepare(Fts5ExtensionApi* api, nint fts, RankingQuery query)
    {
        if (api->PhraseCount(fts) != query.Counts.Length) return false;
        long rows, tokens;
        if (api->RowCount(fts, &rows) != 0 || api->ColumnTotalSize(fts, -1, &tokens) != 0) return false;
        query.AverageLength = (double)tokens / (double)rows;
        var idfs = new double[query.Counts.Length];
        for (var i = 0; i < idfs.Length; i++)
        {
            var containing = query.Counts[i];
            if (containing < 0) continue;
            var idf = Math.Log((rows - containing + 0.5) / (containing + 0.5));
            idfs[i] = idf <= 0.0 ? 1e-6 : idf;
        }
        query.Idf = idfs;
        return true;
    }

    private static void Fail(nint context, ReadOnlySpan<byte> message)
    {
        fixed (byte* text = message) SqliteNative.sqlite3_result_error(context, text, message.Length);
    }
}
