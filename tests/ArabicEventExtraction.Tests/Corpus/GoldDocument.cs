namespace ArabicEventExtraction.Tests.Corpus;

/// <summary>One line of a labelled corpus gold.jsonl: the gold figures of one document.</summary>
public sealed record GoldDocument(string DocId, int Line, IReadOnlyList<GoldFigure> Figures);
