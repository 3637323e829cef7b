using ArabicEventExtraction.Tests.Corpus;

namespace ArabicEventExtraction.Tests.Evaluation;

/// <summary>A fact that is skipped when python3 or ../shared/eval/score.py (beside the repository) is not there.</summary>
public sealed class ScorePyFactAttribute : FactAttribute
{
    public ScorePyFactAttribute()
    {
        if (Python is null) Skip = "python3 is not on the PATH";
        else if (!File.Exists(ScriptPath)) Skip = $"{ScriptPath} is not there";
    }

    public static string ScriptPath => Path.GetFullPath(RepositoryRoot.PathOf("..", "shared", "eval", "score.py"));

    public static string? Python =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "python3")).FirstOrDefault(File.Exists);
}
