namespace ArabicEventExtraction.Search.Analysis;

/// <summary>A prefix or suffix the stemmer may strip, and the shortest stem it may leave behind.</summary>
public sealed record Affix(string Text, int MinStem);
