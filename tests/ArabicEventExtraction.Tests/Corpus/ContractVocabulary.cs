using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Tests.Corpus;

/// <summary>The value names the output contract allows, taken from the library's enums.</summary>
public static class ContractVocabulary
{
    public static IReadOnlySet<string> Categories { get; } = NamesOf<FigureCategory>();
    public static IReadOnlySet<string> Groups { get; } = NamesOf<FigureGroup>();
    public static IReadOnlySet<string> Qualifiers { get; } = NamesOf<Qualifier>();
    public static IReadOnlySet<string> Kinds { get; } = NamesOf<EventKind>();
    public static IReadOnlySet<string> EventTypes { get; } = NamesOf<EventType>();

    private static HashSet<string> NamesOf<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => Names.Of(v)).ToHashSet(StringComparer.Ordinal);
}
