namespace ArabicEventExtraction.Places;

/// <summary>How much place context a name that is also a common word needs before it counts as a place.</summary>
internal enum ContextLevel
{
    None,
    Preposition,
    HeadWord,
}
