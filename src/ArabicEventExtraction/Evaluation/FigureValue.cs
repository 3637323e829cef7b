using System.Text.Json;

namespace ArabicEventExtraction.Evaluation;

/// <summary>
/// A figure's "value" as score.py compares it: null (vague) equals null, numbers compare by value
/// (4 equals 4.0), any other JSON by its text.
/// </summary>
public readonly struct FigureValue : IEquatable<FigureValue>
{
    private readonly double? _number;
    private readonly string? _raw;

    private FigureValue(double? number, string? raw)
    {
        _number = number;
        _raw = raw;
    }

    public static FigureValue Null => default;

    public static FigureValue Of(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? Null
        : v.ValueKind == JsonValueKind.Number ? new FigureValue(v.GetDouble(), v.GetRawText())
        : new FigureValue(null, v.GetRawText());

    public bool Equals(FigureValue other) =>
        _number is not null || other._number is not null ? _number == other._number : _raw == other._raw;

    public override bool Equals(object? obj) => obj is FigureValue other && Equals(other);

    public override int GetHashCode() => _number?.GetHashCode() ?? _raw?.GetHashCode(StringComparison.Ordinal) ?? 0;

    public static bool operator ==(FigureValue a, FigureValue b) => a.Equals(b);

    public static bool operator !=(FigureValue a, FigureValue b) => !a.Equals(b);

    /// <summary>As score.py prints it in its details: None, or the number as written.</summary>
    public override string ToString() => _raw ?? "None";
}
