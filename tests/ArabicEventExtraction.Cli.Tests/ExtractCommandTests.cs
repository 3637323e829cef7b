namespace ArabicEventExtraction.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class ExtractCommandTests
{
    [Fact]
    public void Reports_a_malformed_line_and_still_processes_the_rest()
    {
        using var dir = new TempDir();
        var docs = dir.Write("docs.jsonl",
            "{\"id\": \"a\", \"dct\": \"2016-12-13\", \"text\": \"قتل 5 مدنيين في حلب أمس\"}\n" +
            "{\"id\": \"b\", \"text\": \n" +
            "{\"id\": \"c\", \"dct\": \"2016-12-13\", \"text\": \"أصيب 3 أطفال\"}\n");
        var output = dir.PathOf("events.jsonl");

        var run = CliRunner.Run("extract", docs, "-o", output);

        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("docs.jsonl:2", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void Names_an_empty_and_a_binary_file()
    {
        using var dir = new TempDir();
        var empty = dir.Write("empty.txt", "");
        var binary = dir.PathOf("blob.txt");
        File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);

        var run = CliRunner.Run("extract", empty, binary, "-o", dir.PathOf("out.jsonl"));

        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("empty.txt", run.StdErr);
        Assert.Contains("blob.txt", run.StdErr);
        Assert.Contains("binary", run.StdErr);
    }

    [Fact]
    public void Rejects_text_that_is_neither_utf8_nor_arabic_with_the_file_name()
    {
        using var dir = new TempDir();
        var bad = dir.PathOf("latin.txt");
        File.WriteAllBytes(bad, System.Text.Encoding.Latin1.GetBytes("Le comité a publié un rapport détaillé."));

        var run = CliRunner.Run("extract", bad, "-o", dir.PathOf("out.jsonl"));

        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("latin.txt", run.StdErr);
    }
}
