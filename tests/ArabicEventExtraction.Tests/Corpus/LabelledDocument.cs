namespace ArabicEventExtraction.Tests.Corpus;

/// <summary>One line of a labelled corpus docs.jsonl.</summary>
public sealed record LabelledDocument(string Id, string? Dct, string Text, int Line);
