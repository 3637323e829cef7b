using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Ranking;

/// <summary>
/// What bm25 reads besides a document's own postings, kept per connection until the store changes: how
/// many documents contain each phrase, and every document's length in tokens (FTS5 reads that from its
/// docsize table once per matching row, ~0.8 µs each, most of a common word's query time). Any commit
/// by another connection moves <c>PRAGMA data_version</c>, any write on this connection moves
/// <c>total_changes()</c>; either clears both.
/// </summary>
internal sealed class RankingStatistics
{
    private const int MaxEntries = 20_000;
    private static readonly ConditionalWeakTable<SqliteConnection, RankingStatistics> PerConnection = [];

    private readonly SqliteConnection _connection;
    private readonly Dictionary<MatchPhrase, long> _counts = [];
    private (long DataVersion, long Changes) _stamp = (-1, -1);
    private int[]? _lengths;
    private readonly Dictionary<long, RankingQuery> _running = [];
    private long _nextQuery;

    private RankingStatistics(SqliteConnection connection) => _connection = connection;

    public static RankingStatistics For(SqliteConnection connection) => PerConnection.GetValue(connection, c => new RankingStatistics(c));

    /// <summary>Document lengths by rowid (0 where unknown) while they are current; null before <see cref="Refresh"/> loads them.</summary>
    public int[]? Lengths => _lengths;

    /// <summary>
    /// Drops everything when the store changed since the last call. Lengths (~50 ms per 100,000 documents to
    /// load) are loaded when asked for and the store is unchanged since the previous call: a connection
    /// used once, or searched while an index run commits batch after batch, never pays for them.
    /// </summary>
    public void Refresh(bool withLengths)
    {
        var stamp = Stamp();
        var unchanged = stamp == _stamp;
        if (!unchanged || _counts.Count > MaxEntries)
        {
            _counts.Clear();
            _lengths = null;
            _stamp = stamp;
        }
        if (withLengths && unchanged) _lengths ??= LoadLengths();
    }

    /// <summary>One count per phrase; -1 for phrases outside <paramref name="weightedColumn"/>, which bm25 weighs 0.</summary>
    public long[] Counts(IReadOnlyList<MatchPhrase> phrases, string weightedColumn)
    {
        var result = new long[phrases.Count];
        for (var i = 0; i < phrases.Count; i++)
        {
            var phrase = phrases[i];
            if (phrase.Column != weightedColumn)
            {
                result[i] = -1;
                continue;
            }
            if (!_counts.TryGetValue(phrase, out var count)) _counts[phrase] = count = Count(phrase);
            result[i] = count;
        }
        return result;
    }

    /// <summary>Makes the counts of a query about to run available to the ranking function under the returned key.</summary>
    public long Open(long[] counts)
    {
        var key = ++_nextQuery;
        _running[key] = new RankingQuery(counts);
        return key;
    }

    public RankingQuery? Running(long key) => _running.GetValueOrDefault(key);

    public void Close(long key) => _running.Remove(key);

    private (long, long) Stamp()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT (SELECT data_version FROM pragma_data_version), total_changes()";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private long Count(MatchPhrase phrase)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM doc_terms WHERE doc_terms MATCH $phrase";
        command.Parameters.AddWithValue("$phrase", $"{phrase.Column} : ({phrase.Text})");
        return (long)command.ExecuteScalar()!;
    }

    // The docsize record is one SQLite varint per column; a document's length is their sum.
    private int[] LoadLengths()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT max(id), count(*) FROM doc_terms_docsize";
        long max, rows;
        using (var bounds = command.ExecuteReader())
        {
            bounds.Read();
            max = bounds.IsDBNull(0) ? 0 : bounds.GetInt64(0);
            rows = bounds.GetInt64(1);
        }
        // Rowids far sparser than the documents (or negative ones) are left to FTS5's own lookup.
        if (max > 4 * rows + 1_000_000) return [];
        var lengths = new int[max + 1];
        command.CommandText = "SELECT id, sz FROM doc_terms_docsize";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (id < 0 || id > max || reader.IsDBNull(1)) continue;
            // GetBytes would open a blob handle per row, several times slower than copying these few bytes.
            var blob = (byte[])reader.GetValue(1);
            var size = blob.Length;
            long total = 0;
            var at = 0;
            while (at < size) total += Varint.Read(blob, size, ref at);
            lengths[id] = total is > 0 and <= int.MaxValue ? (int)total : 0;
        }
        return lengths;
    }
}
