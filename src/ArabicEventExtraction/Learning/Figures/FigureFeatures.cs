namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// The hashed features of one candidate number: the wide context the category layer reads, and the
/// narrower set (the counted noun, the words after it, the figure before) the group layer reads.
/// </summary>
/// <param name="CountsKnownNoun">
/// The number counts a victim or incident noun of the lexicon (perhaps misspelt), or no noun at all
/// ("بينهم 18 على الأقل"): only such numbers may become figures the rules did not find.
/// </param>
public sealed record FigureFeatures(ulong[] Category, ulong[] Group, bool CountsKnownNoun = true);
