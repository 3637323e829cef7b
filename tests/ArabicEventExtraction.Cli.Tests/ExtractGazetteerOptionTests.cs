using System.Text.Json;

namespace ArabicEventExtraction.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class ExtractGazetteerOptionTests
{
    // A hamlet the bundled gazetteer does not know (the name is made up).
    private const string Extra = "xx-zahrat-al-wadi\tزهرة الوادي\tزهره الوادي\tvillage\tsy-idlib\tإدلب\tSY\t35.9000\t36.6000\n";

    [Fact]
    public void Places_from_an_extra_gazetteer_get_coordinates()
    {
        using var dir = new TempDir();
        var gazetteer = dir.Write("extra.tsv", Extra);
        var docs = dir.Write("docs.jsonl",
            "{\"id\": \"a\", \"dct\": \"2017-05-02\", \"text\": \"قتل 4 مدنيين أمس في قصف على قرية زهرة الوادي.\"}\n");
        var output = dir.PathOf("events.jsonl");

        var run = CliRunner.Run("extract", docs, "-o", output, "--gazetteer", gazetteer);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var ev = JsonDocument.Parse(File.ReadLines(output).First());
        var place = ev.RootElement.GetProperty("places").EnumerateArray().First(p => p.GetProperty("name").GetString() == "زهرة الوادي");
        Assert.Equal(35.9, place.GetProperty("lat").GetDouble(), 3);
        Assert.Equal("إدلب", place.GetProperty("admin1").GetString());
    }

    [Fact]
    public void A_malformed_gazetteer_is_a_usage_error_naming_the_line()
    {
        using var dir = new TempDir();
        var gazetteer = dir.Write("bad.tsv", Extra + "only\ttwo columns\n");
        var docs = dir.Write("docs.jsonl", "{\"id\": \"a\", \"text\": \"قتل 4 مدنيين.\"}\n");

        var run = CliRunner.Run("extract", docs, "-o", dir.PathOf("out.jsonl"), "--gazetteer", gazetteer);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("bad.tsv:2", run.StdErr);
    }
}
