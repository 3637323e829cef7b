using System.Text.Json;

namespace ArabicEventExtraction.Evaluation;

/// <summary>Field access with score.py's reading of JSON: dict.get, as_list, and Python truthiness.</summary>
internal static class JsonFields
{
    /// <summary>A string field; other JSON kept as its raw text; missing or null gives null.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var v) ? null : Scalar(v);

    public static string? Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => v.GetRawText(),
    };

    /// <summary>as_list: an array's items, nothing for null or missing, else the one value.</summary>
    public static IEnumerable<JsonElement> List(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        return v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
    }

    public static bool IsTruthy(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => v.GetString()!.Length > 0,
        JsonValueKind.Number => v.GetDouble() != 0,
        JsonValueKind.Array => v.GetArrayLength() > 0,
        JsonValueKind.Object => v.EnumerateObject().Any(),
        _ => false,
    };

    public static bool IsTruthy(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && IsTruthy(v);
}
