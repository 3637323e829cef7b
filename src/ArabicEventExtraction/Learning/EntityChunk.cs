namespace ArabicEventExtraction.Learning;

/// <summary>An entity as a run of tokens [Start, End) with its label ("LOC", "ORG" ...).</summary>
public readonly record struct EntityChunk(int Start, int End, string Label);
