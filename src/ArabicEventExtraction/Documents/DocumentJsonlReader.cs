using System.Globalization;
using System.Text.Json;

namespace ArabicEventExtraction.Documents;

/// <summary>Reads docs.jsonl: one {"id", "dct", "text"} object per line; a bad line is reported, never fatal.</summary>
public static class DocumentJsonlReader
{
    public static IEnumerable<ReadResult> Read(TextReader reader, string origin)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(line, origin, lineNumber);
        }
    }

    public static ReadResult ParseLine(string line, string origin, int lineNumber)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail($"not a JSON object ({e.Message})", origin, lineNumber);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadResult.Fail("not a JSON object", origin, lineNumber);
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return ReadResult.Fail("missing string field \"text\"", origin, lineNumber);
            var id = root.TryGetProperty("id", out var idEl) ? idEl.ValueKind switch
            {
                JsonValueKind.String => idEl.GetString(),
                JsonValueKind.Number => idEl.GetRawText(),
                _ => null,
            } : null;
            if (string.IsNullOrWhiteSpace(id))
                return ReadResult.Fail("missing field \"id\" (a string)", origin, lineNumber);
            DateOnly? dct = null;
            if (root.TryGetProperty("dct", out var dctEl) && dctEl.ValueKind != JsonValueKind.Null)
            {
                if (dctEl.ValueKind != JsonValueKind.String || !TryParseDate(dctEl.GetString(), out var d))
                    return ReadResult.Fail($"field \"dct\" is not a YYYY-MM-DD date: {dctEl.GetRawText()}", origin, lineNumber);
                dct = d;
            }
            return ReadResult.Ok(new Document(id, text.GetString()!, dct)
            {
                Title = OptionalString(root, "title"),
                Url = OptionalString(root, "url"),
                Source = OptionalString(root, "source"),
            }, origin, lineNumber);
        }
    }

    public static bool TryParseDate(string? s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;
}
