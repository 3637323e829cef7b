namespace ArabicEventExtraction.Places;

/// <summary>
/// A generic word introducing place names ("حي", "حيي", "بلدات"): the kind it announces, how many
/// names it may introduce (1, 2 for a dual, unbounded for a plural), and whether it names the
/// countryside of the place that follows ("ريف"), and whether an unknown name after it must be
/// definite or compound (the word has another sense: "أحياء" is also "alive").
/// </summary>
internal sealed record HeadWord(string Word, PlaceKind Kind, int MaxNames, bool Countryside, bool DefiniteNamesOnly)
{
    public bool IntroducesList => MaxNames > 1;
}
