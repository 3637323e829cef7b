namespace ArabicEventExtraction.Actors;

/// <summary>A bad line in an actor data file; the message names the file and the line.</summary>
public sealed class LexiconFormatException(string file, int line, string problem)
    : Exception($"{file} line {line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
