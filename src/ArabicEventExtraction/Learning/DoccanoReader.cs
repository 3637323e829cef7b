using System.Text.Json;
using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// Reads doccano span annotations, one JSON object a line: {"text": ..., "label": [[start, end, "LOC"], ...]}
/// ("labels" is accepted too). Offsets are UTF-16 positions in text, end exclusive. The text is cut
/// into <see cref="WordTokenizer"/> tokens and a token takes the label of the span it overlaps;
/// sentences end after sentence-final punctuation.
/// </summary>
public static class DoccanoReader
{
    private static readonly HashSet<string> SentenceFinal = [".", "!", "?", "؟"];

    public static List<TaggedSentence> Read(TextReader reader, string source)
    {
        var sentences = new List<TaggedSentence>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (text, spans) = Parse(line, source, lineNumber);
            var tokens = WordTokenizer.Tokenize(text);
            var tags = Align(tokens, spans);
            var start = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var isEnd = i == tokens.Count - 1 ||
                    (tags[i] == BioTags.Outside && SentenceFinal.Contains(tokens[i].Of(text)));
                if (!isEnd) continue;
                sentences.Add(new TaggedSentence(
                    tokens.Skip(start).Take(i + 1 - start).Select(t => t.Of(text)).ToArray(),
                    tags.Skip(start).Take(i + 1 - start).ToArray()) { Line = lineNumber });
                start = i + 1;
            }
        }
        return sentences;
    }

    private static (string Text, List<(TextSpan Span, string Label)> Spans) Parse(string line, string source, int lineNumber)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new TaggedCorpusException(source, lineNumber, $"not a JSON object ({e.Message})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new TaggedCorpusException(source, lineNumber, "expected a JSON object {\"text\": ..., \"label\": [...]}");
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                throw new TaggedCorpusException(source, lineNumber, "missing string field \"text\"");
            var text = textElement.GetString()!;
            var spans = new List<(TextSpan Span, string Label)>();
            if (!root.TryGetProperty("label", out var labels) && !root.TryGetProperty("labels", out labels))
                return (text, spans);
            if (labels.ValueKind != JsonValueKind.Array)
                throw new TaggedCorpusException(source, lineNumber, "\"label\" must be an array of [start, end, \"LABEL\"]");
            foreach (var item in labels.EnumerateArray())
                spans.Add(ParseSpan(item, text.Length, source, lineNumber));
            spans.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            for (var i = 1; i < spans.Count; i++)
            {
                if (spans[i].Span.Overlaps(spans[i - 1].Span))
                    throw new TaggedCorpusException(source, lineNumber,
                        $"spans [{spans[i - 1].Span.Start}, {spans[i - 1].Span.End}) and [{spans[i].Span.Start}, {spans[i].Span.End}) overlap");
            }
            return (text, spans);
        }
    }

    private static (TextSpan Span, string Label) ParseSpan(JsonElement item, int textLength, string source, int lineNumber)
    {
        if (item.ValueKind != JsonValueKind.Array || item.GetArrayLength() != 3 ||
            item[0].ValueKind != JsonValueKind.Number || item[1].ValueKind != JsonValueKind.Number ||
            item[2].ValueKind != JsonValueKind.String ||
            !item[0].TryGetInt32(out var start) || !item[1].TryGetInt32(out var end))
            throw new TaggedCorpusException(source, lineNumber, $"label entry {item.GetRawText()} is not [start, end, \"LABEL\"]");
        var label = item[2].GetString()!;
        if (start < 0 || end > textLength || start >= end)
            throw new TaggedCorpusException(source, lineNumber, $"span [{start}, {end}) is outside the text (length {textLength}) or empty");
        if (label.Length == 0 || label.Any(char.IsWhiteSpace))
            throw new TaggedCorpusException(source, lineNumber, $"label '{label}' must be a non-empty word");
        return (new TextSpan(start, end), label);
    }

    private static string[] Align(List<TextSpan> tokens, List<(TextSpan Span, string Label)> spans)
    {
        var tags = new string[tokens.Count];
        Array.Fill(tags, BioTags.Outside);
        foreach (var (span, label) in spans)
        {
            var first = true;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].Overlaps(span)) continue;
                tags[i] = (first ? "B-" : "I-") + label;
                first = false;
            }
        }
        return tags;
    }
}
