namespace ArabicEventExtraction.Actors;

/// <summary>A head word that introduces an unlisted group by name: "جماعة X", "كتائب X", "وكالة X".</summary>
internal sealed record GroupHead(string Word, ActorRole Role);
