using System.Text.RegularExpressions;

namespace ArabicEventExtraction.Readers.Pdf;

/// <summary>
/// pdftotext wraps right-to-left lines in U+202B…U+202C and left-to-right runs inside them (numbers,
/// Latin words) in U+202A…U+202C, putting the run's following space before it ("قتل ‪ 5‬مدنيين").
/// This moves that space back after the run and drops the embedding marks.
/// </summary>
public static partial class BidiMarkCleaner
{
    public static string Clean(string text)
    {
        var moved = LeftToRightRun().Replace(text, m => m.Groups["run"].Value + " ");
        return EmbeddingMarks().Replace(moved, "");
    }

    [GeneratedRegex("\u202A (?<run>[^\u202A-\u202E\\s][^\u202A-\u202E\n]*?)\u202C(?=\\S)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeftToRightRun();

    [GeneratedRegex("[\u202A-\u202E]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmbeddingMarks();
}
