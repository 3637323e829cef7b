using System.Text;

namespace ArabicEventExtraction.Readers.Encodings;

/// <summary>
/// Decodes a file's bytes: a byte order mark wins, then a declared encoding, then strict UTF-8, then
/// UTF-16 without a mark, then Windows-1256 or ISO-8859-6 when the result reads as Arabic. Anything
/// else is an error, never text decoded with a guess that produces mojibake.
/// </summary>
public static class TextDecoder
{
    /// <summary>Below this score a single-byte decoding is not taken to be Arabic.</summary>
    private const double MinimumArabicScore = 0.75;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        if (bytes.Length == 0) return DecodedText.Fail("empty file");
        if (BomEncoding(bytes) is { } bom)
            return Strict(bytes[bom.BomLength..], bom.Encoding);
        if (declared is not null)
            return Strict(bytes, declared);
        if (Utf16Sniff(bytes) is { } utf16)
            return Strict(bytes, utf16);
        if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
            return DecodedText.Fail("binary file (contains NUL bytes), not text");
        if (TryStrict(bytes, TextEncodings.Utf8) is { } utf8) return DecodedText.Ok(utf8, "utf-8");
        return ArabicSingleByte(bytes);
    }

    /// <summary>The encoding a byte order mark announces, with the mark's length.</summary>
    public static (Encoding Encoding, int BomLength)? BomEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (TextEncodings.Utf8, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (TextEncodings.Utf16LittleEndian, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (TextEncodings.Utf16BigEndian, 2);
        return null;
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding) =>
        TryStrict(bytes, encoding) is { } text
            ? DecodedText.Ok(text, encoding.WebName)
            : DecodedText.Fail($"not valid {encoding.WebName} text{InvalidAt(bytes, encoding)}");

    private static string? TryStrict(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string InvalidAt(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var decoder = encoding.GetDecoder();
        var chars = new char[8192];
        var at = 0;
        try
        {
            while (at < bytes.Length)
            {
                var n = Math.Min(4096, bytes.Length - at);
                decoder.GetChars(bytes.Slice(at, n), chars, flush: at + n == bytes.Length);
                at += n;
            }
        }
        catch (DecoderFallbackException e)
        {
            return e.Index >= 0 ? $" (invalid bytes near byte {at + e.Index})" : $" (invalid bytes in bytes {at}..{at + 4096})";
        }
        return "";
    }

    /// <summary>UTF-16 without a mark: one of the two byte columns is nearly all 0x00 (ASCII) or 0x06 (Arabic).</summary>
    private static Encoding? Utf16Sniff(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 8192) & ~1;
        if (n < 4) return null;
        int evenHigh = 0, oddHigh = 0, evenZero = 0, oddZero = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] is 0x00 or 0x06) evenHigh++;
            if (bytes[i + 1] is 0x00 or 0x06) oddHigh++;
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        var pairs = n / 2;
        if (oddHigh >= pairs * 0.9 && evenZero < pairs * 0.1 && oddZero > 0) return TextEncodings.Utf16LittleEndian;
        if (evenHigh >= pairs * 0.9 && oddZero < pairs * 0.1 && evenZero > 0) return TextEncodings.Utf16BigEndian;
        return null;
    }

    private static DecodedText ArabicSingleByte(ReadOnlySpan<byte> bytes)
    {
        var best = (Text: (string?)null, Name: "", Score: double.MinValue);
        foreach (var encoding in (Encoding[])[TextEncodings.Windows1256, TextEncodings.Iso88596])
        {
            if (TryStrict(bytes, encoding) is not { } text) continue;
            var score = ArabicCodePageScore.Of(text);
            if (score > best.Score) best = (text, encoding.WebName, score);
        }
        if (best.Text is not null && best.Score >= MinimumArabicScore)
            return DecodedText.Ok(best.Text, best.Name);
        return DecodedText.Fail($"not valid UTF-8{InvalidAt(bytes, TextEncodings.Utf8)}, and not recognisably Arabic in windows-1256 or iso-8859-6; give --encoding NAME");
    }
}
