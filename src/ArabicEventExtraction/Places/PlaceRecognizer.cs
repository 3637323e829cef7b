namespace ArabicEventExtraction.Places;

/// <summary>Finds place mentions and resolves them against the gazetteer.</summary>
public sealed class PlaceRecognizer
{
    public static PlaceRecognizer Default { get; } = new();

    public IReadOnlyList<PlaceMention> Find(Text.NormalizedText text)
    {
        return [];
    }
}
