namespace ArabicEventExtraction.Actors;

/// <summary>
/// A noun that takes an actor adjective: an attack ("غارات روسية": the adjective's actor is the
/// perpetrator) or a force ("قوات تركية": the role depends on the context).
/// </summary>
internal sealed record AttackNoun(string Word, bool IsAttack);
