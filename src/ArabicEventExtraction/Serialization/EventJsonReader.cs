using System.Text.Json;
using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Places;

namespace ArabicEventExtraction.Serialization;

/// <summary>
/// Reads events.jsonl written by <see cref="EventJsonWriter"/> (the contract of EVENTS.md) back into
/// events. A bad line is reported with its line number, never fatal. Fields the contract does not
/// carry (a figure's trigger and parent, the date's offsets) stay unset.
/// </summary>
public static class EventJsonReader
{
    public static IEnumerable<EventReadResult> Read(TextReader reader, string origin)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(line, origin, lineNumber);
        }
    }

    public static EventReadResult ParseLine(string line, string origin, int lineNumber)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return EventReadResult.Fail($"not a JSON object ({e.Message})", origin, lineNumber);
        }
        using (json)
        {
            try
            {
                var (ev, dateText) = ParseEvent(json.RootElement);
                return EventReadResult.Ok(ev, dateText, origin, lineNumber) with { Json = line.Trim() };
            }
            catch (FormatException e)
            {
                return EventReadResult.Fail(e.Message, origin, lineNumber);
            }
        }
    }

    private static (ExtractedEvent Event, string? DateText) ParseEvent(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object");
        var docId = RequiredString(root, "doc_id");
        var eventId = RequiredString(root, "event_id");
        var kind = RequiredEnum<EventKind>(root, "kind");
        var type = OptionalString(root, "event_type") is { } t ? ParseEnum<EventType>(t, "event_type") : EventType.Other;
        var evidence = root.TryGetProperty("evidence", out var ev) && ev.ValueKind == JsonValueKind.Object
            ? Span(ev, "evidence")
            : throw new FormatException("missing object field \"evidence\" with start and end");
        var (date, dateText) = ParseDate(root);
        var ext = new ExtractedEvent(docId, eventId, kind, type, evidence)
        {
            Date = date,
            Places = Array(root, "places").Select(ParsePlace).ToList(),
            Actors = Array(root, "actors").Select(ParseActor).ToList(),
            Figures = Array(root, "figures").Select(ParseFigure).ToList(),
            Source = OptionalString(root, "source"),
        };
        return (ext, dateText);
    }

    private static (DateRange? Date, string? Text) ParseDate(JsonElement root)
    {
        if (!root.TryGetProperty("date", out var d) || d.ValueKind == JsonValueKind.Null) return (null, null);
        if (d.ValueKind != JsonValueKind.Object) throw new FormatException("field \"date\" is neither an object nor null");
        var start = ParsePartialDate(RequiredString(d, "start"), "date.start");
        var end = OptionalString(d, "end") is { } e ? ParsePartialDate(e, "date.end") : start;
        if (end.LastDay < start.FirstDay) throw new FormatException($"date.end {end} is before date.start {start}");
        return (new DateRange(start, end), OptionalString(d, "text"));
    }

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public static bool TryParsePartialDate(string s, out PartialDate date)
    {
        date = default;
        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4) return false;
        if (!int.TryParse(parts[0], out var y) || y < 1) return false;
        int? m = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], out var mm) || mm is < 1 or > 12) return false;
            m = mm;
        }
        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return false;
            day = dd;
        }
        date = new PartialDate(y, m, day);
        return true;
    }

    private static PartialDate ParsePartialDate(string s, string field) =>
        TryParsePartialDate(s, out var d) ? d : throw new FormatException($"field \"{field}\" is not YYYY, YYYY-MM or YYYY-MM-DD: \"{s}\"");

    private static PlaceMention ParsePlace(JsonElement p) =>
        new(Span(p, "places[]"), RequiredString(p, "name"), PlaceKind.Unknown)
        {
            Admin1 = OptionalString(p, "admin1"),
            Country = OptionalString(p, "country"),
            Lat = OptionalDouble(p, "lat"),
            Lon = OptionalDouble(p, "lon"),
            Broader = p.TryGetProperty("broader", out var b) && b.ValueKind == JsonValueKind.Array
                ? b.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [],
        };

    private static ActorMention ParseActor(JsonElement a)
    {
        var code = OptionalString(a, "code");
        var name = OptionalString(a, "name") ?? code ?? throw new FormatException("an actor has neither \"code\" nor \"name\"");
        return new ActorMention(Span(a, "actors[]"), code, name, ActorRole.Perpetrator);
    }

    private static FigureMention ParseFigure(JsonElement f) =>
        new(Span(f, "figures[]"), RequiredEnum<FigureCategory>(f, "category"), RequiredEnum<FigureGroup>(f, "group"),
            OptionalLong(f, "value"), OptionalString(f, "qualifier") is { } q ? ParseEnum<Qualifier>(q, "qualifier") : Qualifier.Exact)
        {
            Low = OptionalLong(f, "low"),
            High = OptionalLong(f, "high"),
        };

    private static TextSpan Span(JsonElement e, string what)
    {
        var start = OptionalLong(e, "start");
        var end = OptionalLong(e, "end");
        if (start is null || end is null) return new TextSpan(0, 0);
        if (start < 0 || end < start || end > int.MaxValue) throw new FormatException($"{what}: bad span [{start}, {end})");
        return new TextSpan((int)start, (int)end);
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var a) || a.ValueKind == JsonValueKind.Null) return [];
        if (a.ValueKind != JsonValueKind.Array) throw new FormatException($"field \"{name}\" is not an array");
        return a.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object ? x : throw new FormatException($"an item of \"{name}\" is not an object"));
    }

    private static T RequiredEnum<T>(JsonElement e, string name) where T : struct, Enum =>
        ParseEnum<T>(RequiredString(e, name), name);

    private static T ParseEnum<T>(string value, string name) where T : struct, Enum =>
        Names.TryParse<T>(value, out var v) ? v
            : throw new FormatException($"field \"{name}\" has unknown value \"{value}\" (valid: {string.Join(", ", Enum.GetValues<T>().Select(x => Names.Of(x)))})");

    private static string RequiredString(JsonElement e, string name) =>
        OptionalString(e, name) ?? throw new FormatException($"missing string field \"{name}\"");

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? OptionalLong(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var l) ? l : null;

    private static double? OptionalDouble(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
