namespace ArabicEventExtraction.Actors;

/// <summary>
/// Splits normalized text into words for phrase matching. Quotes, brackets, hyphens and slashes
/// are soft separators (a name may sit in quotes, "روسي-سوري" is two words); other punctuation
/// breaks a phrase, and . ! ? ; and line breaks end a sentence.
/// </summary>
internal sealed class WordSequence
{
    private WordSequence(string text, Word[] words)
    {
        Text = text;
        Words = words;
    }

    public string Text { get; }

    public Word[] Words { get; }

    public int Count => Words.Length;

    public Word this[int index] => Words[index];

    public ReadOnlySpan<char> TextOf(int index) => Words[index].In(Text);

    public static WordSequence Split(string text) => Split(text, 0, text.Length);

    public static WordSequence Split(string text, int start, int end)
    {
        var words = new List<Word>(Math.Max(4, (end - start) / 5));
        var sentence = 0;
        var pendingBreak = false;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var wordStart = i;
                while (i < end && (IsWordChar(text[i]) || IsInnerNumberMark(text, i, end))) i++;
                words.Add(new Word(wordStart, i, pendingBreak, sentence));
                pendingBreak = false;
                continue;
            }
            if (EndsSentence(c))
            {
                sentence++;
                pendingBreak = true;
            }
            else if (BreaksPhrase(c))
            {
                pendingBreak = true;
            }
            i++;
        }
        return new WordSequence(text, words.ToArray());
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    // "1.5" and "1,071" stay one word.
    private static bool IsInnerNumberMark(string text, int i, int end) =>
        text[i] is '.' or ',' && i > 0 && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ';' or '\n' or '\r';

    private static bool BreaksPhrase(char c) => c is ',' or ':' or '\t' or '|' or '…';
}
