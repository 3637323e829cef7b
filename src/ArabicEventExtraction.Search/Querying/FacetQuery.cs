using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Querying;

/// <summary>Counts events and sums killed per actor, governorate, place, month and category over the whole matching set.</summary>
public static class FacetQuery
{
    public const int MaxBuckets = 25;
    private const string Unknown = "(unknown)";

    public static Facets Run(SqliteConnection connection, string from, string where, IReadOnlyList<KeyValuePair<string, object>> parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH m AS MATERIALIZED (SELECT DISTINCT e.event_rowid FROM {from} WHERE {where} AND e.event_rowid IS NOT NULL),
                 me AS MATERIALIZED (SELECT e.event_rowid, e.killed, e.admin1, e.place, e.month FROM m JOIN events e ON e.event_rowid = m.event_rowid)
            SELECT 'total', NULL, count(*), COALESCE(sum(killed), 0) FROM me
            UNION ALL
            SELECT 'actor', k, count(*), sum(killed) FROM
              (SELECT DISTINCT me.event_rowid, COALESCE(a.code, a.name) AS k, me.killed FROM me JOIN actors a ON a.event_rowid = me.event_rowid) GROUP BY k
            UNION ALL
            SELECT 'admin1', admin1, count(*), sum(killed) FROM me GROUP BY admin1
            UNION ALL
            SELECT 'place', place, count(*), sum(killed) FROM me GROUP BY place
            UNION ALL
            SELECT 'month', month, count(*), sum(killed) FROM me GROUP BY month
            UNION ALL
            SELECT 'category', k, count(*), sum(killed) FROM
              (SELECT DISTINCT me.event_rowid, f.category AS k, me.killed FROM me JOIN figures f ON f.event_rowid = me.event_rowid) GROUP BY k
            """;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var buckets = new Dictionary<string, List<FacetBucket>>();
        long events = 0, killed = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var facet = reader.GetString(0);
                if (facet == "total")
                {
                    events = reader.GetInt64(2);
                    killed = reader.GetInt64(3);
                    continue;
                }
                var key = reader.IsDBNull(1) ? Unknown : reader.GetString(1);
                if (!buckets.TryGetValue(facet, out var list)) buckets[facet] = list = [];
                list.Add(new FacetBucket(key, reader.GetInt64(2), reader.IsDBNull(3) ? 0 : reader.GetInt64(3)));
            }
        }
        IReadOnlyList<FacetBucket> Top(string facet) =>
            buckets.TryGetValue(facet, out var l) ? l.OrderByDescending(b => b.Events).ThenByDescending(b => b.Killed).ThenBy(b => b.Key, StringComparer.Ordinal).Take(MaxBuckets).ToList() : [];
        IReadOnlyList<FacetBucket> ByKey(string facet) =>
            buckets.TryGetValue(facet, out var l) ? l.OrderBy(b => b.Key, StringComparer.Ordinal).ToList() : [];
        return new Facets(events, killed, Top("actor"), Top("admin1"), Top("place"), ByKey("month"), Top("category"));
    }
}
