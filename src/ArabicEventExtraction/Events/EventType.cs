namespace ArabicEventExtraction.Events;

public enum EventType
{
    AirStrike,
    Shelling,
    ArmedClash,
    Execution,
    Bombing,
    Shooting,
    Detention,
    Displacement,
    Siege,
    Other,
}
