namespace ArabicEventExtraction.Places;

/// <summary>A gazetteer name found at words [StartWord, EndWord), read through the clitic reading Stem.</summary>
internal readonly record struct NameMatch(PlaceNameNode Node, CliticStem Stem, int StartWord, int EndWord);
