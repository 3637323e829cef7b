namespace ArabicEventExtraction.Places;

/// <summary>
/// One place of the gazetteer: its canonical Arabic name, the other spellings it is written with,
/// its kind, the enclosing place (by id), first-level division, ISO2 country and centroid.
/// </summary>
public sealed record GazetteerEntry(string Id, string Name, PlaceKind Kind)
{
    public IReadOnlyList<string> Variants { get; init; } = [];
    public string? ParentId { get; init; }
    public string? Admin1 { get; init; }
    public string? Country { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
}
