using System.Text;
using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>Streams a docs.jsonl line by line (constant memory), each bad line reported with its number.</summary>
public static class JsonlDocumentStream
{
    public static IEnumerable<ReadResult> Read(TextReader text, string origin, int maxLineChars) =>
        Read(new BoundedLineReader(text, maxLineChars), origin, maxLineChars, linesAlreadyRead: false);

    /// <summary>Continues from the reader's current line; <paramref name="linesAlreadyRead"/>: the caller took documents already.</summary>
    public static IEnumerable<ReadResult> Read(BoundedLineReader lines, string origin, int maxLineChars, bool linesAlreadyRead)
    {
        var any = linesAlreadyRead;
        while (true)
        {
            string? line;
            string? error = null;
            try
            {
                line = lines.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                line = null;
                error = "not valid text in the file's encoding (give --encoding NAME if it is not UTF-8); rest of the file skipped";
            }
            catch (IOException e)
            {
                line = null;
                error = $"read error ({e.Message}); rest of the file skipped";
            }
            if (error is not null)
            {
                yield return ReadResult.Fail(error, origin, lines.LineNumber + 1);
                yield break;
            }
            if (line is null) break;
            if (line == BoundedLineReader.TooLong)
            {
                yield return ReadResult.Fail($"line longer than {maxLineChars / (1024 * 1024)}M characters, skipped", origin, lines.LineNumber);
                any = true;
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            yield return DocumentJsonlReader.ParseLine(line, origin, lines.LineNumber);
        }
        if (!any) yield return ReadResult.Fail("empty file: no documents", origin);
    }

    public static bool LooksLikeJsonl(string firstLine) => firstLine.TrimStart('\uFEFF', ' ', '\t').StartsWith('{');
}
