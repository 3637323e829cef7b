namespace ArabicEventExtraction.Places;

/// <summary>
/// A side of a place: the feminine adjective ("الشرقية") names the side of a city, the masculine
/// ("الشرقي") the side of a countryside, the noun ("شرق") the side of a country or region.
/// </summary>
internal sealed record SideWord(string Feminine, string Masculine, string Noun);
