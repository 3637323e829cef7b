namespace ArabicEventExtraction.Readers.Encodings;

/// <summary>Bytes turned into text, with the encoding used, or the reason they could not be.</summary>
public sealed record DecodedText(string? Text, string? EncodingName, string? Error)
{
    public static DecodedText Ok(string text, string encodingName) => new(text, encodingName, null);

    public static DecodedText Fail(string error) => new(null, null, error);
}
