using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Storage;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Querying;

/// <summary>
/// Finds events by full text and filters. Full text is matched per document (bm25 over the analyzed
/// terms) and every event of a matching document that passes the filters is a hit; a matching
/// document without events is a hit of its own unless an event filter is given.
/// </summary>
public sealed class EventSearcher(EventStore store, ArabicAnalyzer analyzer)
{
    private readonly QueryParser _parser = new(analyzer);
    private readonly SnippetBuilder _snippets = new(analyzer);

    public SearchResult Search(string? query, SearchFilters filters, int limit = 20, bool withFacets = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        var parsed = string.IsNullOrWhiteSpace(query) ? null : _parser.Parse(query);
        var valid = FilterValidator.Validate(store.Connection, filters);
        var (where, parameters) = FilterSql.Build(valid);
        var from = From(parsed, valid);
        var hits = limit == 0 ? [] : Hits(parsed, from, where, parameters, limit);
        var facets = withFacets ? FacetQuery.Run(store.Connection, from, where, Bind(parsed, parameters)) : null;
        return new SearchResult(hits, facets);
    }

    /// <summary>The JSON lines of every event passing the filters (and the query, if any), newest first.</summary>
    public IEnumerable<StoredEventRow> Events(string? query, SearchFilters filters)
    {
        var parsed = string.IsNullOrWhiteSpace(query) ? null : _parser.Parse(query);
        var valid = FilterValidator.Validate(store.Connection, filters);
        var (where, parameters) = FilterSql.Build(valid);
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"SELECT e.json, d.text, e.killed FROM {From(parsed, valid)} WHERE {where} AND e.event_rowid IS NOT NULL ORDER BY COALESCE(e.day_to, d.dct_day) DESC, e.event_rowid";
        foreach (var (name, value) in Bind(parsed, parameters)) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return new StoredEventRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
    }

    private static string From(ParsedQuery? parsed, SearchFilters filters) => parsed is null
        ? "events e JOIN documents d ON d.doc_rowid = e.doc_rowid"
        // CROSS JOIN keeps SQLite from probing the full-text index once per event.
        : "(SELECT rowid AS doc_rowid, bm25(doc_terms) AS score FROM doc_terms WHERE doc_terms MATCH $match) h " +
          "CROSS JOIN documents d ON d.doc_rowid = h.doc_rowid " +
          (filters.NeedsEvent ? "CROSS JOIN" : "LEFT JOIN") + " events e ON e.doc_rowid = d.doc_rowid";

    private static List<KeyValuePair<string, object>> Bind(ParsedQuery? parsed, IReadOnlyList<KeyValuePair<string, object>> parameters)
    {
        var all = new List<KeyValuePair<string, object>>(parameters);
        if (parsed is not null) all.Add(KeyValuePair.Create("$match", (object)parsed.MatchExpression));
        return all;
    }

    private List<SearchHit> Hits(ParsedQuery? parsed, string from, string where, IReadOnlyList<KeyValuePair<string, object>> parameters, int limit)
    {
        using var command = store.Connection.CreateCommand();
        var score = parsed is null ? "0.0" : "h.score";
        var order = parsed is null ? "e.day_to DESC, e.event_rowid" : "h.score, COALESCE(e.day_to, d.dct_day) DESC, e.event_rowid";
        command.CommandText = $"""
            SELECT d.doc_rowid, d.id, d.dct, e.event_id, e.json, e.evidence_start, e.evidence_end, {score}
            FROM {from} WHERE {where} ORDER BY {order} LIMIT $limit
            """;
        foreach (var (name, value) in Bind(parsed, parameters)) command.Parameters.AddWithValue(name, value);
        command.Parameters.AddWithValue("$limit", limit);
        var rows = new List<(long DocRowid, string DocId, string? Dct, string? EventId, string? Json, TextSpan? Evidence, double Score)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var hasEvent = !reader.IsDBNull(3);
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    hasEvent ? reader.GetString(3) : null, hasEvent ? reader.GetString(4) : null,
                    hasEvent ? new TextSpan(reader.GetInt32(5), reader.GetInt32(6)) : null, reader.GetDouble(7)));
            }
        }
        var texts = new Dictionary<long, string>();
        using var text = store.Connection.CreateCommand();
        text.CommandText = "SELECT text FROM documents WHERE doc_rowid = $doc";
        var docParameter = text.Parameters.Add("$doc", SqliteType.Integer);
        var hits = new List<SearchHit>(rows.Count);
        foreach (var row in rows)
        {
            if (!texts.TryGetValue(row.DocRowid, out var body))
            {
                docParameter.Value = row.DocRowid;
                texts[row.DocRowid] = body = (string)text.ExecuteScalar()!;
            }
            var snippet = row.Evidence is { } evidence ? _snippets.ForEvidence(body, evidence, parsed) : _snippets.ForDocument(body, parsed);
            // bm25 is lower for better matches; shown as a positive relevance.
            hits.Add(new SearchHit(row.DocId, row.EventId, row.Json, -row.Score, row.Dct, snippet));
        }
        return hits;
    }
}
