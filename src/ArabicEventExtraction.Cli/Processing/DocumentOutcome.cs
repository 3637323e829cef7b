using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;

namespace ArabicEventExtraction.Cli.Processing;

/// <summary>What became of one input item: its events rendered as output text, or why it was skipped.</summary>
public sealed record DocumentOutcome(ReadResult Input, IReadOnlyList<ExtractedEvent> Events, string Output, string? Error)
{
    public static DocumentOutcome Skipped(ReadResult input, string error) => new(input, [], "", error);
}
