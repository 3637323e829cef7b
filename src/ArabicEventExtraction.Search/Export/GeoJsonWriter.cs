using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArabicEventExtraction.Search.Export;

/// <summary>
/// Writes events as a GeoJSON FeatureCollection: one Point per event at its most specific place
/// with coordinates (events without any are left out), for QGIS or a web map.
/// </summary>
public sealed class GeoJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter _writer;

    public GeoJsonWriter(Stream output)
    {
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false });
        _writer.WriteStartObject();
        _writer.WriteString("type", "FeatureCollection");
        _writer.WriteStartArray("features");
    }

    public int Written { get; private set; }

    /// <summary>Adds the event (a JSON line of the events contract) if one of its places has coordinates.</summary>
    public bool Write(string eventJson, long killed)
    {
        using var json = JsonDocument.Parse(eventJson);
        var ev = json.RootElement;
        if (!ev.TryGetProperty("places", out var places) || places.ValueKind != JsonValueKind.Array) return false;
        JsonElement? located = places.EnumerateArray().FirstOrDefault(p =>
            p.TryGetProperty("lat", out var lat) && lat.ValueKind == JsonValueKind.Number &&
            p.TryGetProperty("lon", out var lon) && lon.ValueKind == JsonValueKind.Number);
        if (located is not { ValueKind: JsonValueKind.Object } place) return false;
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(place.GetProperty("lon").GetDouble());
        w.WriteNumberValue(place.GetProperty("lat").GetDouble());
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("properties");
        Copy(ev, "event_id");
        Copy(ev, "doc_id");
        Copy(ev, "kind");
        Copy(ev, "event_type");
        if (ev.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.Object)
        {
            if (date.TryGetProperty("start", out var s)) w.WriteString("date_start", s.GetString());
            if (date.TryGetProperty("end", out var e)) w.WriteString("date_end", e.GetString());
        }
        if (place.TryGetProperty("name", out var name)) w.WriteString("place", name.GetString());
        if (place.TryGetProperty("admin1", out var admin1)) w.WriteString("admin1", admin1.GetString());
        w.WriteNumber("killed", killed);
        if (ev.TryGetProperty("actors", out var actors) && actors.ValueKind == JsonValueKind.Array)
            w.WriteString("actors", string.Join(';', actors.EnumerateArray().Select(a =>
                a.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : a.TryGetProperty("name", out var n) ? n.GetString() : null)));
        Copy(ev, "source");
        w.WritePropertyName("figures");
        if (ev.TryGetProperty("figures", out var figures)) figures.WriteTo(w);
        else w.WriteNullValue();
        w.WriteEndObject();
        w.WriteEndObject();
        Written++;
        return true;
    }

    private void Copy(JsonElement ev, string name)
    {
        if (ev.TryGetProperty(name, out var v))
        {
            _writer.WritePropertyName(name);
            v.WriteTo(_writer);
        }
    }

    public void Dispose()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Dispose();
    }
}
