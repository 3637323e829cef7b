namespace ArabicEventExtraction.Numbers;

/// <summary>The grammatical role of a number word; see Resources/Numbers/number_words.tsv.</summary>
internal enum NumberWordKind
{
    Unit,
    TeenFirst,
    Ten,
    Hundred,
    Scale,
    ScaleDual,
    ScalePlural,
    Vague,
    VagueScale,
    Dual,
}
