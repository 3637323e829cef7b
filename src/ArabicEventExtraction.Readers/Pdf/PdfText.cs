namespace ArabicEventExtraction.Readers.Pdf;

/// <summary>The text of a PDF, or why there is none.</summary>
public sealed record PdfText(string? Text, string? Error);
