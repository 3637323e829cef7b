using System.Text.Json;

namespace ArabicEventExtraction.Evaluation;

/// <summary>
/// Reads gold.jsonl (one document's figures per line) and events.jsonl (one event per line) the way
/// score.py does: a later gold line for the same doc_id replaces the earlier one; predicted figures
/// inherit their event's kind, date, places and actors.
/// </summary>
public static class ScoringInput
{
    public static Dictionary<string, IReadOnlyList<GoldEventFigure>> ReadGold(TextReader reader, string source)
    {
        var gold = new Dictionary<string, IReadOnlyList<GoldEventFigure>>(StringComparer.Ordinal);
        foreach (var (root, line) in Objects(reader, source))
        {
            var docId = JsonFields.Text(root, "doc_id") ?? throw new ScoringInputException(source, line, "missing \"doc_id\"");
            if (!root.TryGetProperty("figures", out var figures) || figures.ValueKind != JsonValueKind.Array)
                throw new ScoringInputException(source, line, "missing array \"figures\"");
            gold[docId] = figures.EnumerateArray().Select(f => GoldFigure(f, source, line)).ToList();
        }
        return gold;
    }

    public static Dictionary<string, List<PredictedEventFigure>> ReadPredictions(TextReader reader, string source)
    {
        var predicted = new Dictionary<string, List<PredictedEventFigure>>(StringComparer.Ordinal);
        foreach (var (ev, line) in Objects(reader, source))
        {
            var places = JsonFields.List(ev, "places").Where(p => p.ValueKind == JsonValueKind.Object)
                .Select(p => ScoringNames.Place(FirstNonEmpty(p, "name", "text"))).ToHashSet(StringComparer.Ordinal);
            var actors = JsonFields.List(ev, "actors").Where(a => a.ValueKind == JsonValueKind.Object)
                .Select(a => FirstNonEmpty(a, "code") is { Length: > 0 } code ? code : ScoringNames.Actor(FirstNonEmpty(a, "name", "text"))!)
                .ToHashSet(StringComparer.Ordinal);
            var date = ev.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.Object
                ? new ScoredDate(JsonFields.Text(d, "start"), JsonFields.Text(d, "end")) : ScoredDate.Missing;
            var docId = JsonFields.Text(ev, "doc_id");
            foreach (var fig in JsonFields.List(ev, "figures"))
            {
                if (docId is null) throw new ScoringInputException(source, line, "an event with figures lacks \"doc_id\"");
                if (fig.ValueKind != JsonValueKind.Object) throw new ScoringInputException(source, line, "a figure is not a JSON object");
                var figures = predicted.TryGetValue(docId, out var list) ? list : predicted[docId] = [];
                figures.Add(new PredictedEventFigure
                {
                    Category = JsonFields.Text(fig, "category") ?? throw new ScoringInputException(source, line, "a figure lacks \"category\""),
                    Group = JsonFields.Text(fig, "group"),
                    Value = FigureValue.Of(fig, "value"),
                    Qualifier = fig.TryGetProperty("qualifier", out _) ? JsonFields.Text(fig, "qualifier") : "exact",
                    Kind = JsonFields.Text(ev, "kind"),
                    Date = date,
                    Places = places,
                    Actors = actors,
                    Text = JsonFields.Text(fig, "text"),
                });
            }
        }
        return predicted;
    }

    private static GoldEventFigure GoldFigure(JsonElement g, string source, int line)
    {
        if (g.ValueKind != JsonValueKind.Object) throw new ScoringInputException(source, line, "a figure is not a JSON object");
        var text = JsonFields.Text(g, "text");
        var category = JsonFields.Text(g, "category") ?? throw new ScoringInputException(source, line, $"figure «{text}» lacks \"category\"");
        if (!g.TryGetProperty("group", out var group)) throw new ScoringInputException(source, line, $"figure «{text}» lacks \"group\"");
        var groups = JsonFields.List(g, "group").Select(JsonFields.Scalar).ToList();
        ScoredDate? date = g.TryGetProperty("date", out var d) && JsonFields.IsTruthy(d)
            ? d.ValueKind == JsonValueKind.Object ? new ScoredDate(JsonFields.Text(d, "start"), JsonFields.Text(d, "end"))
              : throw new ScoringInputException(source, line, $"figure «{text}»: \"date\" is not an object")
            : null;
        return new GoldEventFigure
        {
            Category = category,
            Groups = groups,
            GroupText = group.ValueKind == JsonValueKind.Array ? "[" + string.Join(", ", groups.Select(x => x is null ? "None" : $"'{x}'")) + "]" : JsonFields.Scalar(group) ?? "None",
            Value = FigureValue.Of(g, "value"),
            Qualifier = g.TryGetProperty("qualifier", out _) ? JsonFields.Text(g, "qualifier") : "exact",
            Kind = JsonFields.Text(g, "kind"),
            Date = date,
            Places = JsonFields.List(g, "places").Select(p => ScoringNames.Place(JsonFields.Scalar(p))).ToHashSet(StringComparer.Ordinal),
            PlacesBroader = JsonFields.List(g, "places_broader").Select(p => ScoringNames.Place(JsonFields.Scalar(p))).ToHashSet(StringComparer.Ordinal),
            Actors = JsonFields.List(g, "actors").Select(a => ScoringNames.Actor(JsonFields.Scalar(a))).ToHashSet(),
            Optional = JsonFields.IsTruthy(g, "optional"),
            Text = text,
        };
    }

    /// <summary>Python's `x.get(a) or x.get(b) or ""`.</summary>
    private static string FirstNonEmpty(JsonElement element, params string[] names) =>
        names.Select(n => JsonFields.Text(element, n)).FirstOrDefault(s => !string.IsNullOrEmpty(s)) ?? "";

    private static IEnumerable<(JsonElement Root, int Line)> Objects(TextReader reader, string source)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(text);
                root = json.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new ScoringInputException(source, line, $"not JSON: {e.Message}");
            }
            if (root.ValueKind != JsonValueKind.Object) throw new ScoringInputException(source, line, "not a JSON object");
            yield return (root, line);
        }
    }
}
