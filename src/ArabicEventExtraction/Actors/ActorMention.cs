using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Actors;

/// <summary>An armed actor or reporting organisation named in the text. Code is from actors.tsv, or null for a group known only by name.</summary>
public sealed record ActorMention(TextSpan Span, string? Code, string Name, ActorRole Role)
{
    /// <summary>The folded cue that decided the role ("على يد", "قصف", "عناصر"), null when the dictionary default applied.</summary>
    public string? Cue { get; init; }
}
