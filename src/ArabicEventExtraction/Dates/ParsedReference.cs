namespace ArabicEventExtraction.Dates;

/// <summary>A date reference read from the tokens: where its span starts (normalized offset) and the token after it.</summary>
public readonly record struct ParsedReference(DateReference Reference, int SpanStart, int Next);
