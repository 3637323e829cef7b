namespace ArabicEventExtraction.Text;

/// <summary>A piece of one word in normalized offsets: a proclitic, the article or the stem.</summary>
internal readonly record struct WordPiece(int Start, int End, TokenKind Kind);
