namespace ArabicEventExtraction.Actors;

/// <summary>What a word next to an actor says about its role.</summary>
internal enum RoleCueKind
{
    /// <summary>على يد, بنيران, قصف, شنتها; a verb of attack with the actor as subject.</summary>
    Perpetrator,
    /// <summary>عناصر, صفوف, مواقع, ضد: the actor is hit, not hitting.</summary>
    Victim,
    /// <summary>عناصر, مسلحي, من: members of the actor, hit unless an attack verb follows ("مسلحي بوكو حرام هاجموا").</summary>
    Member,
    /// <summary>قال, أعلن: the actor speaks; not the perpetrator unless an attack verb follows ("أعلن التنظيم مسؤوليته").</summary>
    Speaker,
    /// <summary>التابعة ل, المدعومة من: the actor owns or backs something; it struck only when that is a weapon ("تابعة لطيران النظام").</summary>
    Affiliation,
    /// <summary>نفت, وفد, مفاوضات: the actor is named in politics.</summary>
    Other,
    /// <summary>اتهم: right before the actor it is the accuser; a few words before, the accused follows.</summary>
    Accusation,
}
