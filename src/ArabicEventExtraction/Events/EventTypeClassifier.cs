using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Serialization;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>Tells an event's type from the words of its evidence (Resources/Events/event_types.tsv).</summary>
public sealed class EventTypeClassifier
{
    private readonly Dictionary<string, EventType> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<EventType, int> _priority = [];

    public static EventTypeClassifier Default { get; } = new();

    public EventTypeClassifier()
    {
        foreach (var row in ResourceFile.ReadTable("Events/event_types.tsv"))
            if (Names.TryParse<EventType>(row[1], out var type))
            {
                _words.TryAdd(ArabicNormalizer.Fold(row[0]), type);
                _priority.TryAdd(type, _priority.Count);
            }
            else throw new FormatException($"unknown event_type '{row[1]}' in Events/event_types.tsv");
    }

    public EventType Classify(IEnumerable<string> words, IEnumerable<FigureMention> figures)
    {
        EventType? best = null;
        foreach (var word in words)
            foreach (var stem in FigureLexicon.Stems(word))
                if (_words.TryGetValue(stem, out var type))
                {
                    if (best is null || _priority[type] < _priority[best.Value]) best = type;
                    break;
                }
        if (best is { } found) return found;
        var categories = figures.Select(f => f.Category).ToHashSet();
        if (categories.Contains(FigureCategory.Detained)) return EventType.Detention;
        if (categories.Contains(FigureCategory.Displaced)) return EventType.Displacement;
        if (categories.Contains(FigureCategory.Besieged)) return EventType.Siege;
        return EventType.Other;
    }
}
