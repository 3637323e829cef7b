using ArabicEventExtraction.Events;

namespace ArabicEventExtraction.Serialization;

/// <summary>One line of an events.jsonl: the event (with its date's surface text, if given) or an error naming the line.</summary>
public sealed record EventReadResult(ExtractedEvent? Event, string? DateText, string? Error, string Origin, int Line)
{
    public static EventReadResult Ok(ExtractedEvent ev, string? dateText, string origin, int line) => new(ev, dateText, null, origin, line);

    public static EventReadResult Fail(string error, string origin, int line) => new(null, null, error, origin, line);

    /// <summary>The line as read, for storing the event exactly as given.</summary>
    public string? Json { get; init; }

    public string Where => $"{Origin}:{Line}";
}
