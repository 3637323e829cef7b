using System.Globalization;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Storage;
using ArabicEventExtraction.Serialization;
using ArabicEventExtraction.Text;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Indexing;

/// <summary>
/// Writes documents and their events into a store, one transaction per batch, so a run stopped at
/// any point leaves whole batches behind and a re-run (which skips unchanged documents by hash)
/// completes it.
/// </summary>
public sealed class EventIndexer : IDisposable
{
    private readonly EventStore _store;
    private readonly ArabicAnalyzer _analyzer;
    private readonly SqliteCommand _lookup, _insertDocument, _updateDocument, _deleteEvents, _deleteTerms, _insertTerms;
    private readonly SqliteCommand _insertEvent, _insertFigure, _insertPlace, _insertPlaceName, _insertActor;
    private readonly SqliteCommand[] _all;

    public EventIndexer(EventStore store, ArabicAnalyzer analyzer)
    {
        _store = store;
        _analyzer = analyzer;
        _lookup = Command("SELECT doc_rowid, content_hash FROM documents WHERE id = $id", "$id");
        _insertDocument = Command(
            "INSERT INTO documents(id, dct, dct_day, title, url, source, text, content_hash) VALUES($id, $dct, $dct_day, $title, $url, $source, $text, $hash) RETURNING doc_rowid",
            "$id", "$dct", "$dct_day", "$title", "$url", "$source", "$text", "$hash");
        _updateDocument = Command(
            "UPDATE documents SET dct = $dct, dct_day = $dct_day, title = $title, url = $url, source = $source, text = $text, content_hash = $hash WHERE doc_rowid = $doc",
            "$doc", "$dct", "$dct_day", "$title", "$url", "$source", "$text", "$hash");
        _deleteEvents = Command("""
            DELETE FROM figures WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM places WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM place_names WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM actors WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM events WHERE doc_rowid = $doc;
            """, "$doc");
        _deleteTerms = Command("DELETE FROM doc_terms WHERE rowid = $doc", "$doc");
        _insertTerms = Command("INSERT INTO doc_terms(rowid, terms) VALUES($doc, $terms)", "$doc", "$terms");
        _insertEvent = Command("""
            INSERT INTO events(doc_rowid, event_id, kind, event_type, date_start, date_end, day_from, day_to, month, place, admin1, killed, source, evidence_start, evidence_end, json)
            VALUES($doc, $event_id, $kind, $type, $date_start, $date_end, $day_from, $day_to, $month, $place, $admin1, $killed, $source, $ev_start, $ev_end, $json) RETURNING event_rowid
            """, "$doc", "$event_id", "$kind", "$type", "$date_start", "$date_end", "$day_from", "$day_to", "$month", "$place", "$admin1", "$killed", "$source", "$ev_start", "$ev_end", "$json");
        _insertFigure = Command(
            "INSERT INTO figures(event_rowid, category, grp, value, qualifier, start_offset, end_offset) VALUES($event, $category, $group, $value, $qualifier, $start, $end)",
            "$event", "$category", "$group", "$value", "$qualifier", "$start", "$end");
        _insertPlace = Command(
            "INSERT INTO places(event_rowid, ord, name, admin1, country, lat, lon, start_offset, end_offset) VALUES($event, $ord, $name, $admin1, $country, $lat, $lon, $start, $end)",
            "$event", "$ord", "$name", "$admin1", "$country", "$lat", "$lon", "$start", "$end");
        _insertPlaceName = Command("INSERT OR IGNORE INTO place_names(name_key, event_rowid) VALUES($key, $event)", "$key", "$event");
        _insertActor = Command(
            "INSERT INTO actors(event_rowid, code, name, start_offset, end_offset) VALUES($event, $code, $name, $start, $end)",
            "$event", "$code", "$name", "$start", "$end");
        _all = [_lookup, _insertDocument, _updateDocument, _deleteEvents, _deleteTerms, _insertTerms, _insertEvent, _insertFigure, _insertPlace, _insertPlaceName, _insertActor];
    }

    /// <summary>Indexes every item; <paramref name="onBatchCommitted"/> is called after each commit.</summary>
    public IndexStats Index(IEnumerable<IndexItem> items, int batchSize = 1000, Action<IndexStats>? onBatchCommitted = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var stats = new IndexStats();
        SqliteTransaction? transaction = null;
        var inBatch = 0;
        try
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                transaction ??= Begin();
                IndexOne(item, stats);
                if (++inBatch < batchSize) continue;
                transaction.Commit();
                transaction.Dispose();
                transaction = null;
                inBatch = 0;
                onBatchCommitted?.Invoke(stats);
            }
            if (transaction is not null)
            {
                transaction.Commit();
                onBatchCommitted?.Invoke(stats);
            }
        }
        finally
        {
            transaction?.Dispose();
        }
        return stats;
    }

    private SqliteTransaction Begin()
    {
        var tx = _store.Connection.BeginTransaction();
        foreach (var c in _all) c.Transaction = tx;
        return tx;
    }

    private void IndexOne(IndexItem item, IndexStats stats)
    {
        var doc = item.Document;
        var hash = ContentHash.Of(item);
        _lookup.Parameters["$id"].Value = doc.Id;
        long docRowid;
        using (var reader = _lookup.ExecuteReader())
        {
            docRowid = reader.Read() ? reader.GetInt64(0) : -1;
            if (docRowid >= 0 && reader.GetString(1) == hash)
            {
                stats.Unchanged++;
                return;
            }
        }
        var dct = doc.Dct?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (docRowid >= 0)
        {
            Run(_deleteEvents, ("$doc", docRowid));
            Run(_deleteTerms, ("$doc", docRowid));
            Run(_updateDocument, ("$doc", docRowid), ("$dct", dct), ("$dct_day", doc.Dct?.DayNumber), ("$title", doc.Title), ("$url", doc.Url),
                ("$source", doc.Source), ("$text", doc.Text), ("$hash", hash));
            stats.Replaced++;
        }
        else
        {
            docRowid = (long)Scalar(_insertDocument, ("$id", doc.Id), ("$dct", dct), ("$dct_day", doc.Dct?.DayNumber), ("$title", doc.Title),
                ("$url", doc.Url), ("$source", doc.Source), ("$text", doc.Text), ("$hash", hash))!;
            stats.Added++;
        }
        var searchable = doc.Title is { Length: > 0 } title ? title + "\n" + doc.Text : doc.Text;
        Run(_insertTerms, ("$doc", docRowid), ("$terms", _analyzer.IndexText(searchable)));
        foreach (var stored in item.Events) InsertEvent(docRowid, doc.Dct, stored);
        stats.Events += item.Events.Count;
        stats.Characters += doc.Text.Length;
    }

    private void InsertEvent(long docRowid, DateOnly? dct, StoredEvent stored)
    {
        var ev = stored.Event;
        int? dayFrom = ev.Date?.Start.FirstDay.DayNumber ?? dct?.DayNumber;
        int? dayTo = ev.Date?.End.LastDay.DayNumber ?? dct?.DayNumber;
        var month = dayFrom is { } f ? DateOnly.FromDayNumber(f).ToString("yyyy-MM", CultureInfo.InvariantCulture) : null;
        var first = ev.Places.Count > 0 ? ev.Places[0] : null;
        var eventRowid = (long)Scalar(_insertEvent, ("$doc", docRowid), ("$event_id", ev.EventId), ("$kind", Names.Of(ev.Kind)), ("$type", Names.Of(ev.Type)),
            ("$date_start", ev.Date?.Start.ToString()), ("$date_end", ev.Date?.End.ToString()), ("$day_from", dayFrom), ("$day_to", dayTo),
            ("$month", month), ("$place", first?.Name), ("$admin1", first?.Admin1 ?? first?.Name), ("$killed", KilledCount.Of(ev.Figures)),
            ("$source", ev.Source), ("$ev_start", ev.Evidence.Start), ("$ev_end", ev.Evidence.End), ("$json", stored.Json))!;
        foreach (var fig in ev.Figures)
            Run(_insertFigure, ("$event", eventRowid), ("$category", Names.Of(fig.Category)), ("$group", Names.Of(fig.Group)), ("$value", fig.Value),
                ("$qualifier", Names.Of(fig.Qualifier)), ("$start", fig.Span.Start), ("$end", fig.Span.End));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ev.Places.Count; i++)
        {
            var p = ev.Places[i];
            Run(_insertPlace, ("$event", eventRowid), ("$ord", i), ("$name", p.Name), ("$admin1", p.Admin1), ("$country", p.Country),
                ("$lat", p.Lat), ("$lon", p.Lon), ("$start", p.Span.Start), ("$end", p.Span.End));
            foreach (var name in p.Broader.Prepend(p.Name).Append(p.Admin1).Append(p.Country))
                if (!string.IsNullOrWhiteSpace(name)) keys.Add(PlaceKey(name));
        }
        foreach (var key in keys) Run(_insertPlaceName, ("$key", key), ("$event", eventRowid));
        foreach (var a in ev.Actors)
            Run(_insertActor, ("$event", eventRowid), ("$code", a.Code), ("$name", a.Name), ("$start", a.Span.Start), ("$end", a.Span.End));
    }

    /// <summary>How place names are compared: folded spelling, trimmed.</summary>
    public static string PlaceKey(string name) => ArabicNormalizer.Fold(name.Trim());

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _store.Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new SqliteParameter(p, null));
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        Bind(command, values);
        return command.ExecuteScalar();
    }

    private static void Bind(SqliteCommand command, (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) command.Parameters[name].Value = value ?? DBNull.Value;
    }

    public void Dispose()
    {
        foreach (var c in _all) c.Dispose();
    }
}
