namespace ArabicEventExtraction.Documents;

/// <summary>One item read from an input: a document, or an error naming where it happened.</summary>
public sealed record ReadResult(Document? Document, string? Error, string Origin, int? Line = null)
{
    public static ReadResult Ok(Document document, string origin, int? line = null) => new(document, null, origin, line);

    public static ReadResult Fail(string error, string origin, int? line = null) => new(null, error, origin, line);

    public string Where => Line is { } l ? $"{Origin}:{l}" : Origin;
}
