namespace ArabicEventExtraction.Actors;

/// <summary>A code that depends on the document's country: "القوات الحكومية" is SYR_GOV in Syria, YEM_GOV in Yemen.</summary>
internal sealed record ContextualCode(string Key, IReadOnlyDictionary<string, string> ByCountry, string? Fallback);
