using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Places;

/// <summary>
/// A place named in the text, resolved against the gazetteer when known. Name is the place's own
/// Arabic name without a head word ("الكلاسة", "حلب الشرقية"); Broader lists the enclosing places
/// (city, governorate, country) from most to least specific.
/// </summary>
public sealed record PlaceMention(TextSpan Span, string Name, PlaceKind Kind)
{
    public string? Admin1 { get; init; }
    public string? Country { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public IReadOnlyList<string> Broader { get; init; } = [];
    public bool InGazetteer { get; init; }

    /// <summary>
    /// The mention as the text writes it, without clitics, head word or diacritics ("كابول" for
    /// the gazetteer's "كابل", "شرقي حلب" for "حلب الشرقية"); equal to Name when the span does not show the name whole.
    /// </summary>
    public string Written { get; init; } = "";
}
