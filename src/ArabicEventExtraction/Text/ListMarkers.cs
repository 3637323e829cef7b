using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Text;

/// <summary>Recognizes the marker that opens a bullet or numbered list line.</summary>
internal sealed class ListMarkers
{
    private const string File = "Text/list_markers.txt";
    private const int MaxNumberDigits = 2;

    private readonly HashSet<char> _bullets = [];
    private readonly HashSet<char> _bulletsNeedingSpace = [];

    private ListMarkers()
    {
        foreach (var line in ResourceFile.ReadLines(File))
        {
            var entry = line.Trim();
            if (entry.Length == 2 && entry[1] == '_') _bulletsNeedingSpace.Add(entry[0]);
            else if (entry.Length == 1) _bullets.Add(entry[0]);
            else throw new InvalidDataException($"{File}: '{entry}' must be one character, optionally followed by '_'.");
        }
    }

    public static ListMarkers Default { get; } = new();

    /// <summary>Length of the list marker at <paramref name="start"/> of a line, or 0 when the line is not a list item.</summary>
    public int MarkerLength(string s, int start, int end)
    {
        if (start >= end) return 0;
        var c = s[start];
        if (_bullets.Contains(c)) return 1;
        if (_bulletsNeedingSpace.Contains(c)) return start + 1 < end && char.IsWhiteSpace(s[start + 1]) ? 1 : 0;
        var i = start;
        while (i < end && i - start <= MaxNumberDigits && char.IsAsciiDigit(s[i])) i++;
        var digits = i - start;
        if (digits is 0 or > MaxNumberDigits || i + 1 >= end) return 0;
        return s[i] is '.' or ')' or '-' && char.IsWhiteSpace(s[i + 1]) ? digits + 1 : 0;
    }
}
