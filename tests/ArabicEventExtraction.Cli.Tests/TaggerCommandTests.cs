namespace ArabicEventExtraction.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class TaggerCommandTests
{
    private const string Train =
        "قال O\nالدفاع B-ORG\nالمدني I-ORG\nإن O\nقصف O\nوقع O\nفي O\nحلب B-LOC\n. O\n" +
        "قال O\nالهلال B-ORG\nالأحمر I-ORG\nإن O\nانفجار O\nوقع O\nفي O\nدمشق B-LOC\n. O\n" +
        "قال O\nالدفاع B-ORG\nالمدني I-ORG\nإن O\nهجوم O\nوقع O\nفي O\nحمص B-LOC\n. O\n";

    private const string Test =
        "قال O\nالهلال B-ORG\nالأحمر I-ORG\nإن O\nقصف O\nوقع O\nفي O\nحمص B-LOC\n. O\n\n" +
        "قال O\nالدفاع B-ORG\nالمدني I-ORG\nإن O\nانفجار O\nوقع O\nفي O\nحلب B-LOC\n. O\n";

    [Fact]
    public void Train_then_evaluate_end_to_end()
    {
        using var dir = new TempDir();
        var train = dir.Write("train.txt", Train);
        var test = dir.Write("test.txt", Test);
        var model = dir.PathOf("models/toy");

        var trained = CliRunner.Run("train", "tagger", "--train", train, "--dev", test, "-o", model, "--epochs", "5", "--seed", "3");

        Assert.Equal(ExitCodes.Ok, trained.ExitCode);
        Assert.Contains("epoch 1/5", trained.StdErr);
        Assert.True(File.Exists(model + ".model"), trained.StdErr);

        var evaluated = CliRunner.Run("evaluate", "tagger", "--model", model + ".model", "--test", test);

        Assert.Equal(ExitCodes.Ok, evaluated.ExitCode);
        Assert.Matches(@"LOC\s+2\s+2\s+2\s+1\.0000\s+1\.0000\s+1\.0000", evaluated.StdOut);
        Assert.Matches(@"micro\s+4\s+4\s+4\s+1\.0000\s+1\.0000\s+1\.0000", evaluated.StdOut);
    }

    [Fact]
    public void Two_trainings_write_identical_files()
    {
        using var dir = new TempDir();
        var train = dir.Write("train.txt", Train);

        CliRunner.Run("train", "tagger", "--train", train, "-o", dir.PathOf("a.model"), "--epochs", "3");
        CliRunner.Run("train", "tagger", "--train", train, "-o", dir.PathOf("b.model"), "--epochs", "3");

        Assert.Equal(File.ReadAllBytes(dir.PathOf("a.model")), File.ReadAllBytes(dir.PathOf("b.model")));
    }

    [Fact]
    public void Trains_from_doccano_jsonl()
    {
        using var dir = new TempDir();
        var train = dir.Write("train.jsonl",
            "{\"text\": \"قال الدفاع المدني إن قصف وقع في حلب.\", \"label\": [[4, 17, \"ORG\"], [32, 35, \"LOC\"]]}\n");

        var run = CliRunner.Run("train", "tagger", "--train", train, "-o", dir.PathOf("m.model"), "--epochs", "2");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("B-LOC I-LOC B-ORG I-ORG", run.StdErr);
    }

    [Fact]
    public void A_malformed_training_line_is_reported_with_file_and_line()
    {
        using var dir = new TempDir();
        var train = dir.Write("train.txt", "قال O\nحلب\n");

        var run = CliRunner.Run("train", "tagger", "--train", train, "-o", dir.PathOf("m.model"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("train.txt:2:", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.False(File.Exists(dir.PathOf("m.model")));
    }

    [Fact]
    public void A_missing_or_foreign_model_file_is_reported()
    {
        using var dir = new TempDir();
        var test = dir.Write("test.txt", Test);
        var bogus = dir.Write("bogus.model", "hello");

        var missing = CliRunner.Run("evaluate", "tagger", "--model", dir.PathOf("none.model"), "--test", test);
        var foreign = CliRunner.Run("evaluate", "tagger", "--model", bogus, "--test", test);

        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("none.model", missing.StdErr);
        Assert.Equal(ExitCodes.UsageError, foreign.ExitCode);
        Assert.Contains("bogus.model", foreign.StdErr);
        Assert.DoesNotContain("   at ", foreign.StdErr);
    }

    [Fact]
    public void An_unwritable_output_is_reported_without_a_stack_trace()
    {
        using var dir = new TempDir();
        var train = dir.Write("train.txt", Train);
        var blocker = dir.Write("blocker", "a file where a folder should be");

        var run = CliRunner.Run("train", "tagger", "--train", train, "-o", Path.Combine(blocker, "m.model"), "--epochs", "1");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("cannot write", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }
}
