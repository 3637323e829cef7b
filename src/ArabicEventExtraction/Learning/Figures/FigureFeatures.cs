namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// The hashed features of one candidate number: the wide context the category layer reads, and the
/// narrower set (the counted noun, the words after it, the figure before) the group layer reads.
/// </summary>
public sealed record FigureFeatures(ulong[] Category, ulong[] Group);
