namespace ArabicEventExtraction.Actors;

/// <summary>Finds armed actors and reporting organisations and decides their role.</summary>
public sealed class ActorRecognizer
{
    public static ActorRecognizer Default { get; } = new();

    public IReadOnlyList<ActorMention> Find(Text.NormalizedText text)
    {
        return [];
    }
}
