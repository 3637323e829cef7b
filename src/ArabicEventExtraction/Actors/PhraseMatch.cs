namespace ArabicEventExtraction.Actors;

/// <summary>Words [First, End) matched a phrase; Prefix letters of the first word were clitics (و ف ب ك ل).</summary>
internal readonly record struct PhraseMatch<T>(int First, int End, int Prefix, T Value);
