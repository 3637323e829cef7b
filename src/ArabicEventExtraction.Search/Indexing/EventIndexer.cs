using System.Globalization;
using ArabicEventExtraction.Documents;
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
    private readonly SqliteCommand _saveText, _insertJson;
    private readonly SqliteCommand _insertEvent, _insertFigure, _insertPlace, _insertPlaceName, _insertActor;
    private readonly SqliteCommand[] _all;

    public EventIndexer(EventStore store, ArabicAnalyzer analyzer)
    {
        _store = store;
        _analyzer = analyzer;
        _lookup = Command("SELECT doc_rowid, content_hash FROM documents WHERE id = $id", "$id");
        _insertDocument = Command(
            "INSERT INTO documents(id, dct, dct_day, title, url, source, content_hash) VALUES($id, $dct, $dct_day, $title, $url, $source, $hash) RETURNING doc_rowid",
            "$id", "$dct", "$dct_day", "$title", "$url", "$source", "$hash");
        _saveText = Command("INSERT OR REPLACE INTO document_texts(doc_rowid, text) VALUES($doc, $text)", "$doc", "$text");
        _updateDocument = Command(
            "UPDATE documents SET dct = $dct, dct_day = $dct_day, title = $title, url = $url, source = $source, content_hash = $hash WHERE doc_rowid = $doc",
            "$doc", "$dct", "$dct_day", "$title", "$url", "$source", "$hash");
        _deleteEvents = Command("""
            DELETE FROM figures WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM places WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM place_names WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM actors WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM event_json WHERE event_rowid IN (SELECT event_rowid FROM events WHERE doc_rowid = $doc);
            DELETE FROM events WHERE doc_rowid = $doc;
            """, "$doc");
        _deleteTerms = Command("DELETE FROM doc_terms WHERE rowid = $doc", "$doc");
        _insertTerms = Command("INSERT INTO doc_terms(rowid, terms, dates) VALUES($doc, $terms, $dates)", "$doc", "$terms", "$dates");
        _insertEvent = Command("""
            INSERT INTO events(doc_rowid, event_id, kind, event_type, date_start, date_end, day_from, day_to, month, place, admin1, killed, source, evidence_start, evidence_end)
            VALUES($doc, $event_id, $kind, $type, $date_start, $date_end, $day_from, $day_to, $month, $place, $admin1, $killed, $source, $ev_start, $ev_end) RETURNING event_rowid
            """, "$doc", "$event_id", "$kind", "$type", "$date_start", "$date_end", "$day_from", "$day_to", "$month", "$place", "$admin1", "$killed", "$source", "$ev_start", "$ev_end");
        _insertJson = Command("INSERT INTO event_json(event_rowid, json) VALUES($event, $json)", "$event", "$json");
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
        _all = [_saveText, _insertJson, _lookup, _insertDocument, _updateDocument, _deleteEvents, _deleteTerms, _insertTerms, _insertEvent, _insertFigure, _insertPlace, _insertPlaceName, _insertActor];
    }

    /// <summary>
    /// Indexes every item; <paramref name="onBatchCommitted"/> is called after each commit. The next
    /// batch is analyzed on another core while this one is written.
    /// </summary>
    public IndexStats Index(IEnumerable<IndexItem> items, int batchSize = 1000, Action<IndexStats>? onBatchCommitted = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var stats = new IndexStats();
        using var batches = items.Chunk(batchSize).GetEnumerator();
        var pending = batches.MoveNext() ? Analyze(batches.Current, cancellationToken) : null;
        while (pending is not null)
        {
            var ready = pending.GetAwaiter().GetResult();
            cancellationToken.ThrowIfCancellationRequested();
            pending = batches.MoveNext() ? Analyze(batches.Current, cancellationToken) : null;
            using (var transaction = _store.Connection.BeginTransaction())
            {
                foreach (var c in _all) c.Transaction = transaction;
                foreach (var item in ready) IndexOne(item, stats);
                transaction.Commit();
            }
            onBatchCommitted?.Invoke(stats);
        }
        return stats;
    }

    private Task<AnalyzedItem[]> Analyze(IndexItem[] batch, CancellationToken cancellationToken) =>
        Task.Run(() => batch.Select(item => new AnalyzedItem(item, ContentHash.Of(item), _analyzer.IndexText(Searchable(item.Document)))).ToArray(), cancellationToken);

    private static string Searchable(Document doc) => doc.Title is { Length: > 0 } title ? title + "\n" + doc.Text : doc.Text;

    private void IndexOne(AnalyzedItem analyzed, IndexStats stats)
    {
        var (item, hash, terms) = analyzed;
        var doc = item.Document;
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
                ("$source", doc.Source), ("$hash", hash));
            stats.Replaced++;
        }
        else
        {
            docRowid = (long)Scalar(_insertDocument, ("$id", doc.Id), ("$dct", dct), ("$dct_day", doc.Dct?.DayNumber), ("$title", doc.Title),
                ("$url", doc.Url), ("$source", doc.Source), ("$hash", hash))!;
            stats.Added++;
        }
        Run(_saveText, ("$doc", docRowid), ("$text", doc.Text));
        Run(_insertTerms, ("$doc", docRowid), ("$terms", terms), ("$dates", DateTokens.For(Periods(doc.Dct, item.Events))));
        foreach (var stored in item.Events) InsertEvent(docRowid, doc.Dct, stored);
        stats.Events += item.Events.Count;
        stats.Characters += doc.Text.Length;
    }

    /// <summary>The periods a document's events cover, each as the store dates it (an undated event at the document's date).</summary>
    private static IEnumerable<(DateOnly, DateOnly)> Periods(DateOnly? dct, IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0 && dct is { } d) yield return (d, d);
        foreach (var e in events)
        {
            if (e.Event.Date is { } date) yield return (date.Start.FirstDay, date.End.LastDay);
            else if (dct is { } day) yield return (day, day);
        }
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
            ("$source", ev.Source), ("$ev_start", ev.Evidence.Start), ("$ev_end", ev.Evidence.End))!;
        Run(_insertJson, ("$event", eventRowid), ("$json", stored.Json));
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
