namespace ArabicEventExtraction.Places;

public enum PlaceKind
{
    Country,
    Region,
    Governorate,
    District,
    Subdistrict,
    City,
    Town,
    Village,
    Camp,
    Neighbourhood,
    Unknown,
}
