using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Text;

/// <summary>Splits a text into sentences on Arabic and Latin punctuation, line breaks and bullet lines.</summary>
public sealed class SentenceSplitter
{
    public static SentenceSplitter Default { get; } = new();

    public IReadOnlyList<Sentence> Split(NormalizedText text)
    {
        // Placeholder: one sentence per line until the real splitter lands.
        var result = new List<Sentence>();
        var original = text.Original;
        int start = 0, paragraph = 0;
        for (var i = 0; i <= original.Length; i++)
        {
            if (i < original.Length && original[i] != '\n') continue;
            if (i > start) result.Add(new Sentence(new TextSpan(start, i), paragraph));
            paragraph++;
            start = i + 1;
        }
        return result;
    }
}
