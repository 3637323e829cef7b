namespace ArabicEventExtraction.Places;

/// <summary>A gazetteer entry reached by a name; <see cref="Canonical"/> when it is the entry's own name, not a variant.</summary>
internal readonly record struct PlaceNameMatch(GazetteerEntry Entry, bool Canonical);
