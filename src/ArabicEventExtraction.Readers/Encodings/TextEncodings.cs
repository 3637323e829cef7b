using System.Text;

namespace ArabicEventExtraction.Readers.Encodings;

/// <summary>Strict (throwing) encodings, including the Arabic code pages of the CodePages provider.</summary>
public static class TextEncodings
{
    // Initializers run in textual order: the provider must be registered before the code pages below.
    private static readonly bool ProviderRegistered = RegisterCodePages();

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Utf16LittleEndian { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Encoding Utf16BigEndian { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Encoding Windows1256 { get; } = Strict(1256);

    public static Encoding Iso88596 { get; } = Strict(28596);

    /// <summary>The strict encoding called <paramref name="name"/> (e.g. "windows-1256"), or null if unknown.</summary>
    public static Encoding? ByName(string name)
    {
        _ = ProviderRegistered;
        try
        {
            var e = Encoding.GetEncoding(name.Trim());
            return e.CodePage switch
            {
                65001 => Utf8,
                1200 => Utf16LittleEndian,
                1201 => Utf16BigEndian,
                _ => Strict(e.CodePage),
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
