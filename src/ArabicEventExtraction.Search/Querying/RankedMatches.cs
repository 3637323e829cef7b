using System.Globalization;
using System.Text;
using ArabicEventExtraction.Search.Ranking;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Querying;

/// <summary>
/// The best hits of a full-text query: documents come from FTS5 in bm25 order and are checked
/// against the filters a batch at a time, stopping once the top <c>limit</c> is settled, so only
/// the documents near the top are ever joined to their events.
/// </summary>
internal sealed class RankedMatches(SqliteConnection connection)
{
    private const int FirstBatch = 32;
    private const int MaxBatch = 1024;
    private const string WeightedColumn = "terms";

    public List<HitKey> Top(string match, string where, bool needsEvent, IReadOnlyList<KeyValuePair<string, object>> parameters, int limit)
    {
        var statistics = RankingStatistics.For(connection);
        if (!CachedBm25.TryRegister(connection, statistics)) return Top(match, null, where, needsEvent, parameters, limit);
        statistics.Refresh(withLengths: true);
        var key = statistics.Open(statistics.Counts(MatchPhrases.Of(match), WeightedColumn));
        try
        {
            return Top(match, key, where, needsEvent, parameters, limit);
        }
        finally
        {
            statistics.Close(key);
        }
    }

    private List<HitKey> Top(string match, long? key, string where, bool needsEvent, IReadOnlyList<KeyValuePair<string, object>> parameters, int limit)
    {
        using var ranked = Ranked(match, key);
        using var reader = ranked.ExecuteReader();
        var hits = new List<HitKey>();
        var batch = new List<(long Doc, double Score)>(FirstBatch);
        var size = FirstBatch;
        var more = reader.Read();
        while (more)
        {
            // Every document scoring better than the limit-th hit has been seen: the top is settled.
            if (hits.Count >= limit && reader.GetDouble(1) > hits[limit - 1].Score) break;
            batch.Clear();
            while (more && batch.Count < size)
            {
                batch.Add((reader.GetInt64(0), reader.GetDouble(1)));
                more = reader.Read();
            }
            AddPassing(batch, where, needsEvent, parameters, hits);
            size = Math.Min(size * 2, MaxBatch);
        }
        // Equal scores: the more recent first.
        return hits.OrderBy(h => h.Score).ThenByDescending(h => h.Day ?? int.MinValue).ThenBy(h => h.EventRowid ?? 0).Take(limit).ToList();
    }

    // bm25(doc_terms, 1.0, 0.0), with cached statistics (see CachedBm25) when a query key is given.
    private SqliteCommand Ranked(string match, long? key)
    {
        var command = connection.CreateCommand();
        var score = key is null ? "bm25(doc_terms, 1.0, 0.0)" : $"{CachedBm25.Name}(doc_terms, $query)";
        command.CommandText = $"SELECT rowid, {score} FROM doc_terms WHERE doc_terms MATCH $match ORDER BY 2";
        command.Parameters.AddWithValue("$match", match);
        if (key is not null) command.Parameters.AddWithValue("$query", key);
        return command;
    }

    private void AddPassing(List<(long Doc, double Score)> batch, string where, bool needsEvent, IReadOnlyList<KeyValuePair<string, object>> parameters, List<HitKey> hits)
    {
        var ids = new StringBuilder();
        foreach (var (doc, _) in batch) ids.Append(ids.Length == 0 ? "" : ",").Append(doc.ToString(CultureInfo.InvariantCulture));
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.doc_rowid, e.event_rowid, COALESCE(e.day_to, d.dct_day)
            FROM documents d {(needsEvent ? "CROSS JOIN" : "LEFT JOIN")} events e ON e.doc_rowid = d.doc_rowid
            WHERE d.doc_rowid IN ({ids}) AND {where}
            """;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var passing = new Dictionary<long, List<(long? Event, int? Day)>>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var doc = reader.GetInt64(0);
                if (!passing.TryGetValue(doc, out var list)) passing[doc] = list = [];
                list.Add((reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
            }
        }
        foreach (var (doc, score) in batch)
            if (passing.TryGetValue(doc, out var list))
                foreach (var (ev, day) in list) hits.Add(new HitKey(doc, ev, score, day));
    }
}
