namespace ArabicEventExtraction.Events;

public enum EventKind
{
    Incident,
    Aggregate,
}
