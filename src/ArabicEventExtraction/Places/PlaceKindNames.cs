namespace ArabicEventExtraction.Places;

/// <summary>The lower-case kind names used in gazetteer files, and how broad each kind is.</summary>
public static class PlaceKindNames
{
    public static string Format(PlaceKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out PlaceKind kind) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind);

    /// <summary>Smaller is broader. A city outranks a sub-district: it is what a bare name usually means.</summary>
    public static int Breadth(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 0,
        PlaceKind.Governorate => 1,
        PlaceKind.Region => 2,
        PlaceKind.District => 3,
        PlaceKind.City => 4,
        PlaceKind.Subdistrict => 5,
        PlaceKind.Town => 6,
        PlaceKind.Camp => 7,
        PlaceKind.Village => 8,
        PlaceKind.Neighbourhood => 9,
        _ => 10,
    };
}
