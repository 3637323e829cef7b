using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Text;

/// <summary>
/// A normalized form of an original text with, for every normalized character, the original
/// range it came from, so any span found in the normalized text maps back to the original.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originStart;
    private readonly int[] _originEnd;

    internal NormalizedText(string original, string text, int[] originStart, int[] originEnd)
    {
        Original = original;
        Text = text;
        _originStart = originStart;
        _originEnd = originEnd;
    }

    public string Original { get; }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Original offset where normalized character <paramref name="index"/> starts.</summary>
    public int ToOriginal(int index) =>
        index < Text.Length ? _originStart[index] : Original.Length;

    /// <summary>Maps a normalized [start, end) to the smallest original span holding its characters.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is outside [0, {Text.Length}]");
        if (start == end)
        {
            var at = ToOriginal(start);
            return new TextSpan(at, at);
        }
        // Characters dropped after the last one (a word's final tanween, a tatweel) belong to it.
        var next = end < Text.Length ? _originStart[end] : Original.Length;
        return new TextSpan(_originStart[start], Math.Max(_originEnd[end - 1], next));
    }

    /// <summary>First normalized index whose original character starts at or after <paramref name="originalOffset"/>.</summary>
    public int FromOriginal(int originalOffset)
    {
        int lo = 0, hi = Text.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_originStart[mid] < originalOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
