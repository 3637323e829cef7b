namespace ArabicEventExtraction.Tests.Actors;

/// <summary>One line of a spec file: the text and the expected items, with its line for messages.</summary>
public sealed record ActorSpecCase(string File, int Line, string Text, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{File}:{Line}";
}
