namespace ArabicEventExtraction.Documents;

/// <summary>A report as read: its id, publication date (DCT, optional) and original text, never rewritten.</summary>
public sealed record Document(string Id, string Text, DateOnly? Dct = null)
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
}
