namespace ArabicEventExtraction.Tests.Corpus;

/// <summary>Finds the repository root (the folder holding ArabicEventExtraction.sln) above the test binaries.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "ArabicEventExtraction.sln";

    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No {SolutionFile} above {AppContext.BaseDirectory}");
    }

    public static string PathOf(params string[] parts) => Path.Combine([Find(), .. parts]);
}
