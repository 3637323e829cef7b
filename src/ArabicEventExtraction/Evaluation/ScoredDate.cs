namespace ArabicEventExtraction.Evaluation;

/// <summary>An event's or gold figure's date as written ("2016-12", "2016-12-12"); null ends are missing.</summary>
public sealed record ScoredDate(string? Start, string? End)
{
    public static readonly ScoredDate Missing = new(null, null);
}
