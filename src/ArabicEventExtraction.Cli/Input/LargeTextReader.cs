using System.Text;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Readers.Encodings;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>
/// Reads a large text file as a stream of parts (ids "ID:partN", cut like <see cref="DocumentSplitter"/>)
/// so the whole text is never in memory: the encoding is detected on the first 64 KB, then the rest
/// is decoded strictly; an undecodable stretch ends the file with an error after the parts before it.
/// </summary>
public static class LargeTextReader
{
    private const int SampleBytes = 64 * 1024;

    public static IEnumerable<ReadResult> Read(string path, string id, Encoding? forced, int maxChars)
    {
        var (encoding, skip, error) = DetectEncoding(path, forced);
        if (error is not null)
        {
            yield return ReadResult.Fail(error, path);
            yield break;
        }
        using var stream = File.OpenRead(path);
        stream.Position = skip;
        using var reader = new StreamReader(stream, encoding!, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var buffer = new StringBuilder(maxChars + 64 * 1024);
        var chunk = new char[64 * 1024];
        var part = 0;
        long consumed = 0;
        while (true)
        {
            int read;
            string? failure = null;
            try
            {
                read = reader.Read(chunk, 0, chunk.Length);
            }
            catch (DecoderFallbackException)
            {
                read = 0;
                failure = $"not valid {encoding!.WebName} text after character {consumed + buffer.Length}; rest of the file skipped";
            }
            if (failure is not null)
            {
                if (buffer.Length > 0 && !IsBlank(buffer)) yield return Part(buffer.ToString(), ++part);
                yield return ReadResult.Fail(failure, path);
                yield break;
            }
            if (read == 0) break;
            buffer.Append(chunk, 0, read);
            while (buffer.Length > maxChars)
            {
                var window = buffer.ToString(0, maxChars);
                var cut = DocumentSplitter.CutPoint(window, 0, maxChars);
                yield return Part(window[..cut], ++part);
                buffer.Remove(0, cut);
                consumed += cut;
            }
        }
        if (part == 0)
        {
            yield return IsBlank(buffer) ? ReadResult.Fail("no text (only white space)", path) : ReadResult.Ok(new Document(id, buffer.ToString()), path);
        }
        else if (buffer.Length > 0)
        {
            yield return Part(buffer.ToString(), ++part);
        }

        ReadResult Part(string text, int n) => ReadResult.Ok(new Document($"{id}:part{n}", text), path);
    }

    private static bool IsBlank(StringBuilder buffer)
    {
        foreach (var memory in buffer.GetChunks())
            foreach (var c in memory.Span)
                if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    private static (Encoding? Encoding, int Skip, string? Error) DetectEncoding(string path, Encoding? forced)
    {
        var sample = new byte[SampleBytes];
        int length;
        using (var stream = File.OpenRead(path)) length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var bytes = sample.AsSpan(0, length);
        if (TextDecoder.BomEncoding(bytes) is { } bom) return (bom.Encoding, bom.BomLength, null);
        if (forced is not null) return (forced, 0, null);
        var decoded = TextDecoder.Decode(bytes[..Utf8Boundary(bytes)]);
        if (decoded.Error is { } error) return (null, 0, error + " (in the first 64 KB)");
        return (TextEncodings.ByName(decoded.EncodingName!), 0, null);
    }

    /// <summary>The sample's length without a UTF-8 sequence cut at its end.</summary>
    private static int Utf8Boundary(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = bytes[end - back];
            if ((b & 0xC0) == 0x80) continue;
            if (b >= 0xC0) return end - back;
            break;
        }
        return end & ~1;
    }
}
