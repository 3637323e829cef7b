namespace ArabicEventExtraction.Text;

/// <summary>
/// Splits text into tokens: words, numbers ("1,071", "1.5"), punctuation and symbols. Arabic words
/// lose their proclitics و ف ب ل ك and the article ال as separate tokens (see <see cref="CliticSplitter"/>);
/// a lone proclitic glued to digits ("و71") is its own token too. Spans are original offsets;
/// Article tokens carry the Norm "ال" also when written as the second ل of لل.
/// </summary>
public sealed class Tokenizer
{
    private const string ArticleNorm = "ال";

    private readonly CliticSplitter _splitter;

    private Tokenizer(CliticSplitter splitter)
    {
        _splitter = splitter;
    }

    public static Tokenizer Default { get; } = new(CliticSplitter.Default);

    public IReadOnlyList<Token> Tokenize(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text;
        var tokens = new List<Token>(s.Length / 4);
        var pieces = new List<WordPiece>(4);
        var wordIndex = -1;
        var inWord = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                i++;
                continue;
            }
            if (!inWord)
            {
                wordIndex++;
                inWord = true;
            }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                i = EndOfNumber(s, i);
                Add(TokenKind.Number, start, i);
            }
            else if (char.IsLetter(c))
            {
                while (i < s.Length && char.IsLetter(s[i])) i++;
                AddWord(start, i);
            }
            else
            {
                i += char.IsSurrogatePair(s, i) ? 2 : 1;
                Add(IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol, start, i);
            }
        }
        return tokens;

        void AddWord(int start, int end)
        {
            var isArabic = IsArabicWord(s, start, end);
            if (isArabic && end - start == 1 && end < s.Length && char.IsAsciiDigit(s[end]) && CliticSplitter.IsStandaloneProclitic(s[start]))
            {
                Add(TokenKind.Proclitic, start, end);
                return;
            }
            if (!isArabic)
            {
                Add(TokenKind.Word, start, end);
                return;
            }
            pieces.Clear();
            _splitter.Split(text, start, end, pieces);
            foreach (var piece in pieces) Add(piece.Kind, piece.Start, piece.End);
        }

        void Add(TokenKind kind, int start, int end)
        {
            var norm = kind == TokenKind.Article ? ArticleNorm : s[start..end];
            tokens.Add(new Token(text.ToOriginal(start, end), norm, kind) { WordIndex = wordIndex });
        }
    }

    /// <summary>End of a digit run that may hold separators between digits ("1,071", "1.5", "10.000").</summary>
    private static int EndOfNumber(string s, int i)
    {
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i])) i++;
            else if (s[i] is ',' or '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) i++;
            else break;
        }
        return i;
    }

    /// <summary>Unicode calls '%' punctuation; as a unit of a number it is a symbol here.</summary>
    private static bool IsPunctuation(char c) => c is not ('%' or '‰' or '؉') && char.IsPunctuation(c);

    private static bool IsArabicWord(string s, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (s[k] is < '\u0621' or > '\u06FF') return false;
        return true;
    }
}
