namespace ArabicEventExtraction.Cli.Input;

/// <summary>One file (or "-" for standard input) named by a command-line input, or why the input named nothing.</summary>
public sealed record ExpandedInput(string Origin, string? Path, string? Error)
{
    public static ExpandedInput File(string path) => new(path, path, null);

    public static ExpandedInput Fail(string origin, string error) => new(origin, null, error);

    public bool IsStandardInput => Path == "-";
}
