namespace ArabicEventExtraction.Search.Ranking;

/// <summary>One phrase of an FTS5 MATCH expression as written there (quoted, maybe with *), and the column it is restricted to.</summary>
internal readonly record struct MatchPhrase(string Column, string Text);
