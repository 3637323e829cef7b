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
        var match = parsed is null ? null : Match(parsed, valid);
        var (eventWhere, eventParameters) = FilterSql.Build(valid, withDocuments: false);
        List<HitKey> keys;
        if (limit == 0) keys = [];
        else if (match is null) keys = Recent(eventWhere, eventParameters, limit);
        else
        {
            var (where, parameters) = FilterSql.Build(valid, withDocuments: true);
            keys = new RankedMatches(store.Connection).Top(match, where, valid.NeedsEvent, parameters, limit);
        }
        var facets = withFacets ? FacetQuery.Run(store.Connection, EventsFrom(match), eventWhere, Bind(match, eventParameters)) : null;
        return new SearchResult(Materialize(keys, parsed), facets);
    }

    /// <summary>The JSON lines of every event passing the filters (and the query, if any), newest first.</summary>
    public IEnumerable<StoredEventRow> Events(string? query, SearchFilters filters)
    {
        var parsed = string.IsNullOrWhiteSpace(query) ? null : _parser.Parse(query);
        var valid = FilterValidator.Validate(store.Connection, filters);
        var match = parsed is null ? null : Match(parsed, valid);
        var (where, parameters) = FilterSql.Build(valid, withDocuments: false);
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT j.json, t.text, e.killed FROM {EventsFrom(match)}
            JOIN event_json j ON j.event_rowid = e.event_rowid JOIN document_texts t ON t.doc_rowid = e.doc_rowid
            WHERE {where} ORDER BY e.day_to DESC, e.event_rowid
            """;
        foreach (var (name, value) in Bind(match, parameters)) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return new StoredEventRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
    }

    // CROSS JOIN keeps SQLite from probing the full-text index once per event.
    private static string EventsFrom(string? match) => match is null
        ? "events e"
        : "(SELECT rowid AS doc_rowid FROM doc_terms WHERE doc_terms MATCH $match) h CROSS JOIN events e ON e.doc_rowid = h.doc_rowid";

    private static List<KeyValuePair<string, object>> Bind(string? match, IReadOnlyList<KeyValuePair<string, object>> parameters)
    {
        var all = new List<KeyValuePair<string, object>>(parameters);
        if (match is not null) all.Add(KeyValuePair.Create("$match", (object)match));
        return all;
    }

    private List<HitKey> Recent(string where, IReadOnlyList<KeyValuePair<string, object>> parameters, int limit)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"SELECT e.doc_rowid, e.event_rowid FROM events e WHERE {where} ORDER BY e.day_to DESC, e.event_rowid LIMIT $limit";
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var keys = new List<HitKey>();
        while (reader.Read()) keys.Add(new HitKey(reader.GetInt64(0), reader.GetInt64(1), 0, null));
        return keys;
    }

    /// <summary>The query over the terms column, narrowed by the coarse date terms when a date window is given.</summary>
    private static string Match(ParsedQuery parsed, SearchFilters filters)
    {
        var match = $"terms : ({parsed.MatchExpression})";
        return filters.From is { } from && filters.To is { } to && DateTokens.Query(from, to) is { } dates
            ? $"{match} AND dates : ({dates})"
            : match;
    }

    // Reads texts and event JSON for the few hits shown.
    private List<SearchHit> Materialize(List<HitKey> keys, ParsedQuery? parsed)
    {
        using var docQuery = Prepared("SELECT d.id, d.dct, t.text FROM documents d JOIN document_texts t ON t.doc_rowid = d.doc_rowid WHERE d.doc_rowid = $key");
        using var eventQuery = Prepared("SELECT e.event_id, j.json, e.evidence_start, e.evidence_end FROM events e JOIN event_json j ON j.event_rowid = e.event_rowid WHERE e.event_rowid = $key");
        var documents = new Dictionary<long, (string Id, string? Dct, string Text)>();
        var hits = new List<SearchHit>(keys.Count);
        foreach (var key in keys)
        {
            if (!documents.TryGetValue(key.DocRowid, out var doc))
            {
                using var r = Read(docQuery, key.DocRowid);
                documents[key.DocRowid] = doc = (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2));
            }
            // bm25 is lower for better matches; shown as a positive relevance.
            if (key.EventRowid is not { } eventRowid)
            {
                hits.Add(new SearchHit(doc.Id, null, null, -key.Score, doc.Dct, _snippets.ForDocument(doc.Text, parsed)));
                continue;
            }
            using var e = Read(eventQuery, eventRowid);
            var snippet = _snippets.ForEvidence(doc.Text, new TextSpan(e.GetInt32(2), e.GetInt32(3)), parsed);
            hits.Add(new SearchHit(doc.Id, e.GetString(0), e.GetString(1), -key.Score, doc.Dct, snippet));
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
