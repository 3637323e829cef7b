using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ArabicEventExtraction.Tests.Evaluation;

/// <summary>Runs shared/eval/score.py itself on the fixture and compares every number and every details line.</summary>
public class ScorePyAgreementTests
{
    [ScorePyFact]
    public void Every_number_agrees_with_score_py_run_live()
    {
        using var json = JsonDocument.Parse(RunScorePy("--json"));
        var expected = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number) expected[property.Name] = property.Value.GetDouble();
            else if (property.Value.ValueKind == JsonValueKind.Object)
                foreach (var inner in property.Value.EnumerateObject()) expected[$"{property.Name}.{inner.Name}"] = inner.Value.GetDouble();
        }
        var score = ScoringFixture.Score();

        Assert.Equal(ScoringFixture.Describe(expected), ScoringFixture.Describe(ScoringFixture.Figures(score)));
        Assert.Equal(json.RootElement.GetProperty("docs_not_in_gold").EnumerateArray().Select(d => d.GetString()!), score.DocsNotInGold);
    }

    [ScorePyFact]
    public void The_details_agree_with_score_py_run_live()
    {
        var lines = RunScorePy("--details").Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => l.Length > 0).ToList();

        Assert.Equal(lines, ScoringFixture.Score().Details);
    }

    private static string RunScorePy(string flag)
    {
        var start = new ProcessStartInfo(ScorePyFactAttribute.Python!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in new[] { ScorePyFactAttribute.ScriptPath, ScoringFixture.GoldPath, ScoringFixture.PredPath, flag }) start.ArgumentList.Add(arg);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, string.Create(CultureInfo.InvariantCulture, $"score.py exited with {process.ExitCode}: {error}"));
        return output;
    }
}
