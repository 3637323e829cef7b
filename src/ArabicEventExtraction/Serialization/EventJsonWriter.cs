using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;

namespace ArabicEventExtraction.Serialization;

/// <summary>Writes events as JSON Lines in the contract of EVENTS.md.</summary>
public sealed class EventJsonWriter(TextWriter output)
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public void Write(ExtractedEvent ev, string text)
    {
        output.WriteLine(ToJson(ev, text));
    }

    public static string ToJson(ExtractedEvent ev, string text)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("doc_id", ev.DocId);
            w.WriteString("event_id", ev.EventId);
            w.WriteString("kind", Names.Of(ev.Kind));
            w.WriteString("event_type", Names.Of(ev.Type));
            if (ev.Date is { } date)
            {
                w.WriteStartObject("date");
                w.WriteString("start", date.Start.ToString());
                w.WriteString("end", date.End.ToString());
                if (ev.DateSpan is { } ds) w.WriteString("text", ds.Of(text));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("date");
            }
            w.WriteStartArray("places");
            foreach (var p in ev.Places)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteString("text", p.Span.Of(text));
                w.WriteNumber("start", p.Span.Start);
                w.WriteNumber("end", p.Span.End);
                WriteOptional(w, "admin1", p.Admin1);
                WriteOptional(w, "country", p.Country);
                if (p.Lat is { } lat) w.WriteNumber("lat", Math.Round(lat, 5));
                if (p.Lon is { } lon) w.WriteNumber("lon", Math.Round(lon, 5));
                if (p.Broader.Count > 0) WriteStrings(w, "broader", p.Broader);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("actors");
            foreach (var a in ev.Actors)
            {
                w.WriteStartObject();
                if (a.Code is null) w.WriteNull("code"); else w.WriteString("code", a.Code);
                w.WriteString("name", a.Name);
                w.WriteString("text", a.Span.Of(text));
                w.WriteNumber("start", a.Span.Start);
                w.WriteNumber("end", a.Span.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("figures");
            foreach (var f in ev.Figures)
            {
                w.WriteStartObject();
                w.WriteString("category", Names.Of(f.Category));
                w.WriteString("group", Names.Of(f.Group));
                if (f.Value is { } v) w.WriteNumber("value", v); else w.WriteNull("value");
                w.WriteString("qualifier", Names.Of(f.Qualifier));
                if (f.Low is { } low) w.WriteNumber("low", low);
                if (f.High is { } high) w.WriteNumber("high", high);
                w.WriteString("text", f.Span.Of(text));
                w.WriteNumber("start", f.Span.Start);
                w.WriteNumber("end", f.Span.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (ev.Source is null) w.WriteNull("source"); else w.WriteString("source", ev.Source);
            w.WriteStartObject("evidence");
            w.WriteNumber("start", ev.Evidence.Start);
            w.WriteNumber("end", ev.Evidence.End);
            w.WriteEndObject();
            WriteOptional(w, "doc_title", ev.DocTitle);
            WriteOptional(w, "doc_url", ev.DocUrl);
            WriteOptional(w, "doc_source", ev.DocSource);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }
}
