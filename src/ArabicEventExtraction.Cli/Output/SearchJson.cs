using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicEventExtraction.Search.Querying;

namespace ArabicEventExtraction.Cli.Output;

/// <summary>
/// Search results as one JSON object: {"hits": [{doc_id, event_id, score, dct, event, snippet}], "facets": {...}}.
/// Snippet offsets and highlights are [start, end) into the document's original text.
/// </summary>
public static class SearchJson
{
    public static void Write(TextWriter output, SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("hits");
            foreach (var hit in result.Hits) WriteHit(w, hit);
            w.WriteEndArray();
            if (result.Facets is { } f)
            {
                w.WriteStartObject("facets");
                w.WriteNumber("events", f.Events);
                w.WriteNumber("killed", f.Killed);
                Buckets(w, "actor", f.Actors);
                Buckets(w, "admin1", f.Admin1);
                Buckets(w, "place", f.Places);
                Buckets(w, "month", f.Months);
                Buckets(w, "category", f.Categories);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteHit(Utf8JsonWriter w, SearchHit hit)
    {
        w.WriteStartObject();
        w.WriteString("doc_id", hit.DocId);
        if (hit.EventId is null) w.WriteNull("event_id"); else w.WriteString("event_id", hit.EventId);
        w.WriteNumber("score", Math.Round(hit.Score, 4));
        if (hit.Dct is null) w.WriteNull("dct"); else w.WriteString("dct", hit.Dct);
        w.WritePropertyName("event");
        if (hit.EventJson is null) w.WriteNullValue(); else w.WriteRawValue(hit.EventJson);
        w.WriteStartObject("snippet");
        w.WriteNumber("start", hit.Snippet.Start);
        w.WriteNumber("end", hit.Snippet.End);
        w.WriteString("text", hit.Snippet.Text);
        w.WriteStartArray("highlights");
        foreach (var h in hit.Snippet.Highlights)
        {
            w.WriteStartObject();
            w.WriteNumber("start", h.Start);
            w.WriteNumber("end", h.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Buckets(Utf8JsonWriter w, string name, IReadOnlyList<FacetBucket> buckets)
    {
        w.WriteStartArray(name);
        foreach (var b in buckets)
        {
            w.WriteStartObject();
            w.WriteString("key", b.Key);
            w.WriteNumber("events", b.Events);
            w.WriteNumber("killed", b.Killed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
