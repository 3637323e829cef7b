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
        var bound = Bind(parsed, valid, parameters);
        var hits = limit == 0 ? [] : Hits(parsed, from, where, bound, limit);
        var facets = withFacets ? FacetQuery.Run(store.Connection, from, where, bound) : null;
        return new SearchResult(hits, facets);
    }

    /// <summary>The JSON lines of every event passing the filters (and the query, if any), newest first.</summary>
    public IEnumerable<StoredEventRow> Events(string? query, SearchFilters filters)
    {
        var parsed = string.IsNullOrWhiteSpace(query) ? null : _parser.Parse(query);
        var valid = FilterValidator.Validate(store.Connection, filters);
        var (where, parameters) = FilterSql.Build(valid);
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT j.json, t.text, e.killed FROM {From(parsed, valid)}
            JOIN event_json j ON j.event_rowid = e.event_rowid JOIN document_texts t ON t.doc_rowid = d.doc_rowid
            WHERE {where} ORDER BY COALESCE(e.day_to, d.dct_day) DESC, e.event_rowid
            """;
        foreach (var (name, value) in Bind(parsed, valid, parameters)) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return new StoredEventRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
    }

    private static string From(ParsedQuery? parsed, SearchFilters filters) => parsed is null
        ? "events e JOIN documents d ON d.doc_rowid = e.doc_rowid"
        // CROSS JOIN keeps SQLite from probing the full-text index once per event.
        : "(SELECT rowid AS doc_rowid, bm25(doc_terms, 1.0, 0.0) AS score FROM doc_terms WHERE doc_terms MATCH $match) h " +
          "CROSS JOIN documents d ON d.doc_rowid = h.doc_rowid " +
          (filters.NeedsEvent ? "CROSS JOIN" : "LEFT JOIN") + " events e ON e.doc_rowid = d.doc_rowid";

    private static List<KeyValuePair<string, object>> Bind(ParsedQuery? parsed, SearchFilters filters, IReadOnlyList<KeyValuePair<string, object>> parameters)
    {
        var all = new List<KeyValuePair<string, object>>(parameters);
        if (parsed is not null) all.Add(KeyValuePair.Create("$match", (object)Match(parsed, filters)));
        return all;
    }

    /// <summary>The query over the terms column, narrowed by the coarse date terms when a date window is given.</summary>
    private static string Match(ParsedQuery parsed, SearchFilters filters)
    {
        var match = $"terms : ({parsed.MatchExpression})";
        return filters.From is { } from && filters.To is { } to && DateTokens.Query(from, to) is { } dates
            ? $"{match} AND dates : ({dates})"
            : match;
    }

    // Ranks on keys only, then reads texts and event JSON for the few hits shown.
    private List<SearchHit> Hits(ParsedQuery? parsed, string from, string where, IReadOnlyList<KeyValuePair<string, object>> parameters, int limit)
    {
        using var command = store.Connection.CreateCommand();
        var score = parsed is null ? "0.0" : "h.score";
        var order = parsed is null ? "e.day_to DESC, e.event_rowid" : "h.score, COALESCE(e.day_to, d.dct_day) DESC, e.event_rowid";
        command.CommandText = $"""
            SELECT d.doc_rowid, e.event_rowid, {score} FROM {from} WHERE {where} ORDER BY {order} LIMIT $limit
            """;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.Parameters.AddWithValue("$limit", limit);
        var rows = new List<(long DocRowid, long? EventRowid, double Score)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetDouble(2)));
        }
        using var docQuery = Prepared("SELECT d.id, d.dct, t.text FROM documents d JOIN document_texts t ON t.doc_rowid = d.doc_rowid WHERE d.doc_rowid = $key");
        using var eventQuery = Prepared("SELECT e.event_id, j.json, e.evidence_start, e.evidence_end FROM events e JOIN event_json j ON j.event_rowid = e.event_rowid WHERE e.event_rowid = $key");
        var documents = new Dictionary<long, (string Id, string? Dct, string Text)>();
        var hits = new List<SearchHit>(rows.Count);
        foreach (var row in rows)
        {
            if (!documents.TryGetValue(row.DocRowid, out var doc))
            {
                using var r = Read(docQuery, row.DocRowid);
                documents[row.DocRowid] = doc = (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2));
            }
            // bm25 is lower for better matches; shown as a positive relevance.
            if (row.EventRowid is not { } eventRowid)
            {
                hits.Add(new SearchHit(doc.Id, null, null, -row.Score, doc.Dct, _snippets.ForDocument(doc.Text, parsed)));
                continue;
            }
            using var e = Read(eventQuery, eventRowid);
            var snippet = _snippets.ForEvidence(doc.Text, new TextSpan(e.GetInt32(2), e.GetInt32(3)), parsed);
            hits.Add(new SearchHit(doc.Id, e.GetString(0), e.GetString(1), -row.Score, doc.Dct, snippet));
        }
        return hits;
    }

    private SqliteCommand Prepared(string sql)
    {
        var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$key", SqliteType.Integer);
        return command;
    }

    private static SqliteDataReader Read(SqliteCommand command, long key)
    {
        command.Parameters["$key"].Value = key;
        var reader = command.ExecuteReader();
        if (!reader.Read()) throw new SearchStoreException($"the store changed while reading (row {key} is gone); search again");
        return reader;
    }
}
