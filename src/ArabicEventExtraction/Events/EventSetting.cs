using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Places;

namespace ArabicEventExtraction.Events;

/// <summary>The date, places and perpetrators in force at a point of the text: what an event without its own inherits.</summary>
public sealed record EventSetting(DateRange? Date, TextSpan? DateSpan, IReadOnlyList<PlaceMention> Places, IReadOnlyList<ActorMention> Actors)
{
    public static EventSetting Empty { get; } = new(null, null, [], []);

    /// <summary>This setting with every empty slot filled from <paramref name="fallback"/>.</summary>
    public EventSetting Or(EventSetting fallback) => new(
        Date ?? fallback.Date,
        Date is null ? fallback.DateSpan : DateSpan,
        Places.Any(p => p.Kind != PlaceKind.Country) ? Places : [.. Places, .. fallback.Places.Where(f => Places.All(p => p.Name != f.Name))],
        Actors.Count > 0 ? Actors : fallback.Actors);
}
