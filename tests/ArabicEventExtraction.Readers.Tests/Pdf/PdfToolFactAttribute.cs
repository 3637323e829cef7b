using ArabicEventExtraction.Readers.Pdf;

namespace ArabicEventExtraction.Readers.Tests.Pdf;

/// <summary>A fact skipped (not passed) when pdftotext is not installed.</summary>
public sealed class PdfToolFactAttribute : FactAttribute
{
    public PdfToolFactAttribute()
    {
        if (!new PdfTextExtractor().IsAvailable) Skip = "pdftotext (poppler-utils) is not installed";
    }
}
