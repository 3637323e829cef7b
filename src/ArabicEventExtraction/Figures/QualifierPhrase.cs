namespace ArabicEventExtraction.Figures;

/// <summary>A phrase qualifying a number: "أكثر من" before it, "على الأقل" after its noun.</summary>
public sealed record QualifierPhrase(string[] Words, Qualifier Qualifier, bool Before);
