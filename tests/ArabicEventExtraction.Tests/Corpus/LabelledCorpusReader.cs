using System.Text.Json;

namespace ArabicEventExtraction.Tests.Corpus;

/// <summary>
/// Reads a labelled corpus (docs.jsonl + gold.jsonl in the format of shared/schema/EVENTS.md).
/// A malformed line throws <see cref="InvalidDataException"/> naming the file and line.
/// </summary>
public static class LabelledCorpusReader
{
    public static IReadOnlyList<LabelledDocument> ReadDocuments(string path) =>
        ReadLines(path, (root, line) => new LabelledDocument(
            RequiredString(root, "id"),
            OptionalString(root, "dct"),
            RequiredString(root, "text"),
            line));

    public static IReadOnlyList<GoldDocument> ReadGold(string path) =>
        ReadLines(path, (root, line) =>
        {
            var docId = RequiredString(root, "doc_id");
            if (!root.TryGetProperty("figures", out var figures) || figures.ValueKind != JsonValueKind.Array)
                throw new FormatException("missing array 'figures'");
            var list = figures.EnumerateArray().Select(f => ReadFigure(f, docId, line)).ToList();
            return new GoldDocument(docId, line, list);
        });

    private static List<T> ReadLines<T>(string path, Func<JsonElement, int, T> read)
    {
        var result = new List<T>();
        var lineNumber = 0;
        foreach (var text in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object");
                result.Add(read(json.RootElement, lineNumber));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {e.Message}", e);
            }
        }
        return result;
    }

    private static GoldFigure ReadFigure(JsonElement f, string docId, int line) => new(
        docId,
        line,
        RequiredString(f, "category"),
        Groups(f),
        Value(f),
        RequiredString(f, "qualifier"),
        RequiredString(f, "kind"),
        OptionalString(f, "event_type"),
        Date(f),
        StringList(f, "places"),
        StringList(f, "places_broader"),
        StringList(f, "actors"),
        RequiredString(f, "text"),
        f.TryGetProperty("optional", out var o) && o.GetBoolean());

    private static IReadOnlyList<string> Groups(JsonElement f)
    {
        if (!f.TryGetProperty("group", out var g)) throw new FormatException("figure without 'group'");
        return g.ValueKind == JsonValueKind.Array
            ? g.EnumerateArray().Select(x => x.GetString() ?? throw new FormatException("null group")).ToList()
            : [g.GetString() ?? throw new FormatException("null group")];
    }

    private static long? Value(JsonElement f)
    {
        if (!f.TryGetProperty("value", out var v)) throw new FormatException("figure without 'value'");
        if (v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)) return n;
        throw new FormatException($"value must be an integer or null, not {v.GetRawText()}");
    }

    private static GoldDate? Date(JsonElement f)
    {
        if (!f.TryGetProperty("date", out var d)) throw new FormatException("figure without 'date'");
        if (d.ValueKind == JsonValueKind.Null) return null;
        return new GoldDate(RequiredString(d, "start"), RequiredString(d, "end"));
    }

    private static IReadOnlyList<string> StringList(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array)
            throw new FormatException($"missing array '{name}'");
        return a.EnumerateArray().Select(x => x.GetString() ?? throw new FormatException($"null in '{name}'")).ToList();
    }

    private static string RequiredString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()!
            : throw new FormatException($"missing string '{name}'");

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
