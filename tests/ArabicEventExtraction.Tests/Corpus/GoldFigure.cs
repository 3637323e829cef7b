namespace ArabicEventExtraction.Tests.Corpus;

/// <summary>One gold figure of a labelled corpus gold.jsonl, with its flattened event attributes.</summary>
public sealed record GoldFigure(
    string DocId,
    int Line,
    string Category,
    IReadOnlyList<string> Groups,
    long? Value,
    string Qualifier,
    string Kind,
    string? EventType,
    GoldDate? Date,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> PlacesBroader,
    IReadOnlyList<string> Actors,
    string Text,
    bool Optional);
