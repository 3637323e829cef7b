namespace ArabicEventExtraction.Search.Analysis;

/// <summary>An index term and the [Start, End) UTF-16 span of the word it came from in the original text.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End);
