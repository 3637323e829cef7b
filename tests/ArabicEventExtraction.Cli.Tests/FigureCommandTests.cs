using System.Text;

namespace ArabicEventExtraction.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class FigureCommandTests
{
    [Fact]
    public void Train_then_evaluate_figures_end_to_end()
    {
        using var dir = new TempDir();
        var (docs, gold) = (new StringBuilder(), new StringBuilder());
        for (var n = 1; n <= 12; n++)
        {
            var text = $"قتل {n + 4} مدنيين وأصيب {n + 20} آخرون في قصف على حلب في عام 2016.";
            docs.AppendLine($"{{\"id\": \"toy_{n:000}\", \"dct\": \"2016-05-0{n % 9 + 1}\", \"text\": \"{text}\"}}");
            gold.AppendLine($"{{\"doc_id\": \"toy_{n:000}\", \"figures\": [{{\"category\": \"killed\", \"group\": \"civilians\", \"text\": \"{n + 4} مدنيين\"}}, " +
                $"{{\"category\": \"injured\", \"group\": [\"civilians\", \"total\"], \"text\": \"{n + 20} آخرون\"}}]}}");
        }
        var docsPath = dir.Write("docs.jsonl", docs.ToString());
        var goldPath = dir.Write("gold.jsonl", gold.ToString());

        var trained = CliRunner.Run("train", "figures", "--docs", docsPath, "--gold", goldPath, "-o", dir.PathOf("fig"), "--split", "train");
        var evaluated = CliRunner.Run("evaluate", "figures", "--model", dir.PathOf("fig.model"), "--docs", docsPath, "--gold", goldPath, "--split", "dev");

        Assert.Equal(ExitCodes.Ok, trained.ExitCode);
        Assert.Contains("categories: epoch 1/10", trained.StdErr);
        Assert.Contains("groups: epoch 1/10", trained.StdErr);
        Assert.Equal(ExitCodes.Ok, evaluated.ExitCode);
        Assert.Contains("== RulesOnly", evaluated.StdOut);
        Assert.Contains("== RulesThenModel", evaluated.StdOut);
        Assert.Matches(@"== ModelOnly[^=]*micro\s+4\s+4\s+4\s", evaluated.StdOut);
    }

    [Fact]
    public void Training_twice_gives_the_same_bytes_and_the_misspelt_copies_can_be_turned_off()
    {
        using var dir = new TempDir();
        var (docs, gold) = (new StringBuilder(), new StringBuilder());
        for (var n = 1; n <= 8; n++)
        {
            var text = $"قتل {n + 4} مدنيين وأصيب {n + 20} جريحا في قصف على حلب.";
            docs.AppendLine($"{{\"id\": \"toy_{n:000}\", \"text\": \"{text}\"}}");
            gold.AppendLine($"{{\"doc_id\": \"toy_{n:000}\", \"figures\": [{{\"category\": \"killed\", \"group\": \"civilians\", \"text\": \"{n + 4} مدنيين\"}}, " +
                $"{{\"category\": \"injured\", \"group\": \"total\", \"text\": \"{n + 20} جريحا\"}}]}}");
        }
        var docsPath = dir.Write("docs.jsonl", docs.ToString());
        var goldPath = dir.Write("gold.jsonl", gold.ToString());

        var first = CliRunner.Run("train", "figures", "--docs", docsPath, "--gold", goldPath, "-o", dir.PathOf("a"), "--split", "all");
        var second = CliRunner.Run("train", "figures", "--docs", docsPath, "--gold", goldPath, "-o", dir.PathOf("b"), "--split", "all");
        var plain = CliRunner.Run("train", "figures", "--docs", docsPath, "--gold", goldPath, "-o", dir.PathOf("c"), "--split", "all", "--typo-copies", "false");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Equal(File.ReadAllBytes(dir.PathOf("a.model")), File.ReadAllBytes(dir.PathOf("b.model")));
        Assert.Matches(@"8 documents \(\+[1-8] misspelt copies\)", first.StdErr);
        Assert.Equal(ExitCodes.Ok, plain.ExitCode);
        Assert.Contains("8 documents (+0 misspelt copies)", plain.StdErr);
    }

    [Fact]
    public void A_malformed_gold_line_is_reported_with_file_and_line()
    {
        using var dir = new TempDir();
        var docsPath = dir.Write("docs.jsonl", "{\"id\": \"toy_001\", \"text\": \"قتل 5 مدنيين\"}\n");
        var goldPath = dir.Write("gold.jsonl", "{\"doc_id\": \"toy_001\", \"figures\": []}\n{\"doc_id\": \"toy_002\"}\n");

        var run = CliRunner.Run("train", "figures", "--docs", docsPath, "--gold", goldPath, "-o", dir.PathOf("fig"), "--split", "all");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("gold.jsonl:2:", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }
}
