namespace ArabicEventExtraction.Places;

/// <summary>A gazetteer or GeoNames file has a row that cannot be read; the message names file and line.</summary>
public sealed class GazetteerFormatException(string source, int line, string problem)
    : Exception($"{source}:{line}: {problem}")
{
    public string FileName { get; } = source;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
