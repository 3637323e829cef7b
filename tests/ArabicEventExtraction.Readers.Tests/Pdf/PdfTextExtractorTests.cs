using ArabicEventExtraction.Readers.Pdf;

namespace ArabicEventExtraction.Readers.Tests.Pdf;

public class PdfTextExtractorTests
{
    [PdfToolFact]
    public void Gives_arabic_lines_in_logical_order()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aee-{Guid.NewGuid():N}.pdf");
        try
        {
            ArabicPdfWriter.Write(path, ["قتل 5 مدنيين في حلب أمس", "وأصيب ثلاثة أطفال بجروح"]);
            var result = new PdfTextExtractor().Extract(path);
            Assert.Null(result.Error);
            Assert.Equal("قتل 5 مدنيين في حلب أمس\nوأصيب ثلاثة أطفال بجروح", result.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [PdfToolFact]
    public void Reports_a_file_that_is_not_a_pdf()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aee-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllText(path, "ليس ملف PDF");
            var result = new PdfTextExtractor().Extract(path);
            Assert.Null(result.Text);
            Assert.NotNull(result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Names_the_package_to_install_when_the_tool_is_missing()
    {
        var result = new PdfTextExtractor("aee-no-such-pdftotext").Extract("report.pdf");
        Assert.Null(result.Text);
        Assert.Contains("poppler-utils", result.Error);
        Assert.Contains("apt-get install", result.Error);
    }

    [Theory]
    [InlineData("\u202Bقتل \u202A 5\u202Cمدنيين في حلب\u202C", "قتل 5 مدنيين في حلب")]
    [InlineData("\u202Bنزح \u202A 1,200\u202Cشخص\u202C", "نزح 1,200 شخص")]
    [InlineData("plain text", "plain text")]
    public void Puts_left_to_right_runs_back_in_place(string raw, string expected)
    {
        Assert.Equal(expected, BidiMarkCleaner.Clean(raw));
    }
}
