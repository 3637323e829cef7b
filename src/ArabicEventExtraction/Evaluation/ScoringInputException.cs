namespace ArabicEventExtraction.Evaluation;

/// <summary>A gold or events file line that cannot be scored; the message names file and line.</summary>
public sealed class ScoringInputException(string source, int line, string problem)
    : Exception($"{source}:{line}: {problem}")
{
    public string FilePath { get; } = source;
    public int Line { get; } = line;
}
