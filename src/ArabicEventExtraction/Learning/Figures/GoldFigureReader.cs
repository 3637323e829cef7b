using System.Text.Json;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>Reads gold.jsonl (shared/schema/EVENTS.md): {"doc_id": ..., "figures": [{"category", "group", "text", ...}]}.</summary>
public static class GoldFigureReader
{
    public static Dictionary<string, List<GoldFigure>> Read(TextReader reader, string source)
    {
        var result = new Dictionary<string, List<GoldFigure>>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("doc_id", out var id) || id.ValueKind != JsonValueKind.String)
                    throw new TaggedCorpusException(source, lineNumber, "expected an object with a string \"doc_id\"");
                if (!root.TryGetProperty("figures", out var figures) || figures.ValueKind != JsonValueKind.Array)
                    throw new TaggedCorpusException(source, lineNumber, "missing array \"figures\"");
                var list = new List<GoldFigure>();
                foreach (var figure in figures.EnumerateArray()) list.Add(ParseFigure(figure, source, lineNumber));
                if (!result.TryAdd(id.GetString()!, list))
                    throw new TaggedCorpusException(source, lineNumber, $"duplicate doc_id '{id.GetString()}'");
            }
            catch (JsonException e)
            {
                throw new TaggedCorpusException(source, lineNumber, $"not a JSON object ({e.Message})");
            }
        }
        return result;
    }

    private static GoldFigure ParseFigure(JsonElement figure, string source, int lineNumber)
    {
        string? String(string name) =>
            figure.ValueKind == JsonValueKind.Object && figure.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var category = String("category") ?? throw new TaggedCorpusException(source, lineNumber, "a figure lacks a string \"category\"");
        var text = String("text") ?? throw new TaggedCorpusException(source, lineNumber, "a figure lacks a string \"text\"");
        var groups = new List<string>();
        if (figure.TryGetProperty("group", out var group))
        {
            if (group.ValueKind == JsonValueKind.String) groups.Add(group.GetString()!);
            else if (group.ValueKind == JsonValueKind.Array) groups.AddRange(group.EnumerateArray().Where(g => g.ValueKind == JsonValueKind.String).Select(g => g.GetString()!));
        }
        if (groups.Count == 0) throw new TaggedCorpusException(source, lineNumber, $"figure '{text}' lacks a \"group\"");
        var optional = figure.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;
        return new GoldFigure(category, groups, text) { Optional = optional };
    }
}
