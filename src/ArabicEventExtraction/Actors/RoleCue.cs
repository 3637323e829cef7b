namespace ArabicEventExtraction.Actors;

/// <summary>A listed cue phrase (folded) and the role evidence it gives.</summary>
internal sealed record RoleCue(string Phrase, RoleCueKind Kind);
