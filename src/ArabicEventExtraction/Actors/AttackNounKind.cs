namespace ArabicEventExtraction.Actors;

public enum AttackNounKind
{
    /// <summary>قصف, غارات: the adjective's actor is the perpetrator ("غارات روسية").</summary>
    Attack,
    /// <summary>قوات, جنود: the role depends on the context ("مقتل جنود من القوات التركية").</summary>
    Force,
    /// <summary>طيران, طائرات, مدفعية: a weapon; whoever it belongs to ("تابعة لطيران النظام") struck.</summary>
    Weapon,
}
