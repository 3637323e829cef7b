using System.Text;
using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Readers.Encodings;

namespace ArabicEventExtraction.Cli.Tests.Input;

public class LargeTextReaderTests
{
    private static readonly InputOptions SmallLimits = new() { LargeTextBytes = 4096, MaxDocumentChars = 3000 };

    [Theory]
    [InlineData("utf-8")]
    [InlineData("windows-1256")]
    [InlineData("utf-16")]
    public void A_large_text_file_streams_as_parts_that_add_up_to_its_text(string encodingName)
    {
        using var dir = new TempDir();
        var text = OurSentences.Text(40_000);
        var path = dir.PathOf("big.txt");
        var encoding = encodingName == "utf-16" ? new UnicodeEncoding(false, true) : TextEncodings.ByName(encodingName)!;
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var results = new InputReader(SmallLimits).Read([path]).ToList();

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.True(results.Count > 10);
        Assert.Equal("big:part1", results[0].Document!.Id);
        Assert.All(results, r => Assert.True(r.Document!.Text.Length <= SmallLimits.MaxDocumentChars));
        Assert.Equal(text, string.Concat(results.Select(r => r.Document!.Text)));
    }

    [Fact]
    public void An_undecodable_stretch_keeps_the_parts_before_it_and_reports_the_rest()
    {
        using var dir = new TempDir();
        var path = dir.PathOf("broken.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(OurSentences.Text(200_000)), 0xFF, 0xFE, 0x41]);

        var results = new InputReader(SmallLimits).Read([path]).ToList();

        Assert.Contains(results, r => r.Document is not null);
        Assert.Contains("not valid utf-8 text after character", results[^1].Error);
    }
}
