namespace ArabicEventExtraction.Places;

/// <summary>What an import of a GeoNames dump produced: the places, the malformed rows (file:line: problem) and rows left out.</summary>
public sealed record GeoNamesImport(IReadOnlyList<GazetteerEntry> Entries, IReadOnlyList<string> Errors, int WithoutArabicName, int OtherFeatures);
