using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Places;

namespace ArabicEventExtraction.Events;

/// <summary>An incident or aggregate tally with its figures, date, places, perpetrators and source.</summary>
public sealed record ExtractedEvent(string DocId, string EventId, EventKind Kind, EventType Type, TextSpan Evidence)
{
    public DateRange? Date { get; init; }
    public TextSpan? DateSpan { get; init; }
    public IReadOnlyList<PlaceMention> Places { get; init; } = [];
    public IReadOnlyList<ActorMention> Actors { get; init; } = [];
    public IReadOnlyList<FigureMention> Figures { get; init; } = [];
    public string? Source { get; init; }

    /// <summary>The document's title, URL and outlet as given in the input (not the event's reporting source).</summary>
    public string? DocTitle { get; init; }
    public string? DocUrl { get; init; }
    public string? DocSource { get; init; }
}
