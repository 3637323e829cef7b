namespace ArabicEventExtraction.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class GazetteerCommandTests
{
    private const string Town =
        "99000002\tBartalah\tBartalah\tBartella,برطلة\t36.35\t43.38\tP\tPPL\tIQ\t\t15\t\t\t\t30000\t\t260\tAsia/Baghdad\t2024-01-01\n";
    private const string Village =
        "99000008\tQaryat Tajriba\tQaryat Tajriba\tقرية التجربة\t36.10\t43.20\tP\tPPLL\tIQ\t\t15\t\t\t\t500\t\t250\tAsia/Baghdad\t2024-01-01\n";

    [Fact]
    public void Imports_a_GeoNames_file_into_a_gazetteer_tsv()
    {
        using var dir = new TempDir();
        var input = dir.Write("IQ.txt", Town);
        var output = dir.PathOf("user.tsv");

        var run = CliRunner.Run("gazetteer", "import", input, "-o", output);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var rows = File.ReadAllLines(output).Where(l => !l.StartsWith('#')).ToList();
        var row = Assert.Single(rows).Split('\t');
        Assert.Equal(["gn-99000002", "برطلة", "Bartalah", "town", "iq", "", "IQ", "36.35", "43.38"], row);
        Assert.Contains("1 places imported", run.StdErr);
    }

    [Fact]
    public void Merges_into_an_existing_gazetteer_file()
    {
        using var dir = new TempDir();
        var output = dir.PathOf("user.tsv");
        CliRunner.Run("gazetteer", "import", dir.Write("a.txt", Town), "-o", output);

        var run = CliRunner.Run("gazetteer", "import", dir.Write("b.txt", Village + Town), "-o", output);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var ids = File.ReadAllLines(output).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(["gn-99000002", "gn-99000008"], ids);
        Assert.Contains("التجربة", File.ReadAllText(output));
    }

    [Fact]
    public void Reports_a_malformed_row_with_file_and_line_and_keeps_the_rest()
    {
        using var dir = new TempDir();
        var input = dir.Write("bad.txt", Town + "99000009\tBroken\tBroken\tمكسور\n" + Village);
        var output = dir.PathOf("user.tsv");

        var run = CliRunner.Run("gazetteer", "import", input, "-o", output);

        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("bad.txt:2:", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.Equal(2, File.ReadAllLines(output).Count(l => !l.StartsWith('#')));
    }

    [Fact]
    public void Names_a_missing_input_file()
    {
        using var dir = new TempDir();

        var run = CliRunner.Run("gazetteer", "import", dir.PathOf("none.txt"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("none.txt", run.StdErr);
    }

    [Fact]
    public void Refuses_to_merge_into_a_malformed_gazetteer_file()
    {
        using var dir = new TempDir();
        var output = dir.Write("user.tsv", "# header\nx-1\tاسم\t\tmountain\n");

        var run = CliRunner.Run("gazetteer", "import", dir.Write("a.txt", Town), "-o", output);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("user.tsv:2: unknown kind 'mountain'", run.StdErr);
    }
}
