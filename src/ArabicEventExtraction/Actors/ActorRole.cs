namespace ArabicEventExtraction.Actors;

public enum ActorRole
{
    /// <summary>Who killed, shelled, arrested: goes to an event's actors.</summary>
    Perpetrator,
    /// <summary>A reporting organisation or person (المرصد, الشبكة السورية, الدفاع المدني): goes to source.</summary>
    Source,
    /// <summary>Named but neither clearly perpetrator nor source (a victim side, a party to talks).</summary>
    Other,
}
