namespace ArabicEventExtraction.Learning;

/// <summary>A labelled-data file that cannot be read; the message names the file and line.</summary>
public sealed class TaggedCorpusException(string source, int line, string problem)
    : Exception($"{source}:{line}: {problem}")
{
    public string FileName { get; } = source;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
