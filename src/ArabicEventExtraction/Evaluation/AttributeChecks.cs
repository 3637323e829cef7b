namespace ArabicEventExtraction.Evaluation;

/// <summary>score.py checks(): which attributes of a matched pair agree; an attribute gold is silent on is absent.</summary>
public static class AttributeChecks
{
    public const string DateExact = "date_exact";
    public const string DateOverlap = "date_overlap";
    public const string PlaceSpecific = "place_specific";
    public const string PlaceAny = "place_any";
    public const string ActorAny = "actor_any";
    public const string ActorExact = "actor_exact";
    public const string Qualifier = "qualifier";
    public const string Kind = "kind";

    public static IReadOnlyList<KeyValuePair<string, bool>> Of(GoldEventFigure gold, PredictedEventFigure predicted)
    {
        var checks = new List<KeyValuePair<string, bool>>(8);
        if (gold.Date is { } gd)
        {
            var pd = predicted.Date;
            checks.Add(new(DateExact, PythonStr(gd.Start) == PythonStr(pd.Start) && PythonStr(gd.End) == PythonStr(pd.End)));
            var (a, b) = (DayRange.Parse(gd.Start), DayRange.Parse(gd.End));
            var (c, d) = (DayRange.Parse(pd.Start), DayRange.Parse(string.IsNullOrEmpty(pd.End) ? pd.Start : pd.End));
            checks.Add(new(DateOverlap, a is { } ga && b is { } gb && c is { } pc && d is { } pe && pc.First <= gb.Last && ga.First <= pe.Last));
        }
        if (gold.Places.Count > 0)
        {
            checks.Add(new(PlaceSpecific, gold.Places.Overlaps(predicted.Places)));
            checks.Add(new(PlaceAny, gold.Places.Overlaps(predicted.Places) || gold.PlacesBroader.Overlaps(predicted.Places)));
        }
        if (gold.Actors.Count > 0)
        {
            checks.Add(new(ActorAny, gold.Actors.Any(a => a is not null && predicted.Actors.Contains(a))));
            checks.Add(new(ActorExact, gold.Actors.Count == predicted.Actors.Count && gold.Actors.All(a => a is not null && predicted.Actors.Contains(a))));
        }
        checks.Add(new(Qualifier, gold.Qualifier == predicted.Qualifier));
        checks.Add(new(Kind, gold.Kind == predicted.Kind));
        return checks;
    }

    /// <summary>full_ok: date exact, some acceptable place and some gold actor, where gold states them.</summary>
    public static bool FullTuple(IReadOnlyList<KeyValuePair<string, bool>> checks) =>
        checks.All(c => c.Value || c.Key is not (DateExact or PlaceAny or ActorAny));

    private static string PythonStr(string? s) => s ?? "None";
}
