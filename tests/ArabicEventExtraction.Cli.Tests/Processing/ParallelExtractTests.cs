using System.Text.Json;

namespace ArabicEventExtraction.Cli.Tests.Processing;

[Collection(ConsoleCollection.Name)]
public class ParallelExtractTests
{
    [Fact]
    public void Two_threads_write_exactly_what_one_thread_writes()
    {
        using var dir = new TempDir();
        var lines = Enumerable.Range(0, 120).Select(i => JsonSerializer.Serialize(new
        {
            id = $"d{i}",
            dct = "2016-12-13",
            text = string.Join(" ", OurSentences.All.Skip(i % OurSentences.All.Length).Concat(OurSentences.All).Take(1 + i % 5)),
        }));
        var docs = dir.Write("docs.jsonl", string.Join("\n", lines) + "\n");

        var one = CliRunner.Run("extract", docs, "--threads", "1", "-o", dir.PathOf("one.jsonl"));
        var two = CliRunner.Run("extract", docs, "--threads", "2", "-o", dir.PathOf("two.jsonl"));
        var csv = CliRunner.Run("extract", docs, "--threads", "2", "--format", "csv", "-o", dir.PathOf("two.csv"));
        var csvOne = CliRunner.Run("extract", docs, "--threads", "1", "--format", "csv", "-o", dir.PathOf("one.csv"));

        Assert.Equal(ExitCodes.Ok, one.ExitCode);
        Assert.Equal(ExitCodes.Ok, two.ExitCode);
        Assert.Equal(ExitCodes.Ok, csv.ExitCode);
        var expected = File.ReadAllText(dir.PathOf("one.jsonl"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, File.ReadAllText(dir.PathOf("two.jsonl")));
        Assert.Equal(File.ReadAllText(dir.PathOf("one.csv")), File.ReadAllText(dir.PathOf("two.csv")));
        Assert.Equal(csvOne.ExitCode, csv.ExitCode);
    }

    [Fact]
    public void Zero_threads_is_a_usage_error()
    {
        var run = CliRunner.Run("extract", "x.jsonl", "--threads", "0");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--threads", run.StdErr);
    }
}
