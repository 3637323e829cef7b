namespace ArabicEventExtraction.Actors;

/// <summary>A noun that takes an actor adjective ("غارات روسية", "قوات تركية", "طائرات سورية").</summary>
internal sealed record AttackNoun(string Word, AttackNounKind Kind)
{
    public bool IsAttack => Kind == AttackNounKind.Attack;
}
