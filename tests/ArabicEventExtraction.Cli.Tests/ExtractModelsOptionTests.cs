namespace ArabicEventExtraction.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class ExtractModelsOptionTests
{
    private const string Docs = "{\"id\": \"a\", \"dct\": \"2017-05-02\", \"text\": \"قتل 4 مدنيين أمس وأصيب 12 آخرون في قصف على مدينة إدلب.\"}\n";

    [Fact]
    public void The_shipped_models_join_the_rules()
    {
        using var dir = new TempDir();
        var output = dir.PathOf("events.jsonl");

        var run = CliRunner.Run("extract", dir.Write("docs.jsonl", Docs), "-o", output, "--models", ShippedModels(), "--figures", "rules+model");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var text = File.ReadAllText(output);
        Assert.Contains("\"value\":4", text);
        Assert.Contains("\"value\":12", text);
    }

    [Fact]
    public void By_default_the_shipped_figure_model_fills_what_the_rules_miss()
    {
        using var dir = new TempDir();
        // "جريجا" is "جريحا" with one dot moved: the rules do not know it, the model reads it as injured.
        var docs = dir.Write("typo.jsonl", "{\"id\": \"t\", \"dct\": \"2017-05-02\", \"text\": \"قتل 9 مدنيين وأكثر من 30 جريجا أمس في قصف على سوق مدينة أريحا.\"}\n");

        var byDefault = CliRunner.Run("extract", docs, "-o", dir.PathOf("default.jsonl"));
        var rulesOnly = CliRunner.Run("extract", docs, "-o", dir.PathOf("rules.jsonl"), "--figures", "rules");

        Assert.Equal(ExitCodes.Ok, byDefault.ExitCode);
        Assert.Equal(ExitCodes.Ok, rulesOnly.ExitCode);
        Assert.Contains("\"value\":30", File.ReadAllText(dir.PathOf("default.jsonl")));
        Assert.DoesNotContain("\"value\":30", File.ReadAllText(dir.PathOf("rules.jsonl")));
        Assert.Contains("\"value\":9", File.ReadAllText(dir.PathOf("rules.jsonl")));
    }

    [Fact]
    public void A_missing_models_folder_is_a_usage_error()
    {
        using var dir = new TempDir();

        var run = CliRunner.Run("extract", dir.Write("docs.jsonl", Docs), "-o", dir.PathOf("out.jsonl"), "--models", dir.PathOf("no-such-folder"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("no-such-folder", run.StdErr);
    }

    private static string ShippedModels()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ArabicEventExtraction.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "models");
    }
}
